-- The monthly cycle's tables are organisation data: the audit trigger records every change to them.
-- (month_events is itself a history written with each step, and superseded_figures a copy of
-- observations the trigger already recorded, so neither is attached.)
SELECT audit_attach('months', ARRAY['organisation_id', 'period']);--> statement-breakpoint
SELECT audit_attach('month_revisions', ARRAY['organisation_id', 'period', 'revision']);--> statement-breakpoint
SELECT audit_attach('draft_figures', ARRAY['organisation_id', 'period', 'area_id', 'indicator_id', 'breakdown']);--> statement-breakpoint
SELECT audit_attach('draft_commentaries', ARRAY['organisation_id', 'period', 'indicator_id']);--> statement-breakpoint
SELECT audit_attach('indicator_rule_versions', ARRAY['organisation_id', 'indicator_id', 'effective_until']);--> statement-breakpoint
-- Until now an indicator was benchmarked against the DfE measure with its own id.
UPDATE indicators SET dfe_measure_id = id
WHERE id IN ('re-referrals', 'cp-plans', 'children-in-care', 'caseload', 'care-leavers-ete', 'children-in-need');
