-- The Annex A tables are organisation data: audited like every other table, and (the team table)
-- part of the organisation's data version, since it decides which area a computed figure is for.
SELECT audit_attach('annex_a_team_areas', ARRAY['organisation_id', 'team_key']);--> statement-breakpoint
SELECT audit_attach('annex_a_imports', ARRAY['id']);--> statement-breakpoint
SELECT data_version_attach('annex_a_team_areas');--> statement-breakpoint
SELECT data_version_attach('annex_a_imports');
