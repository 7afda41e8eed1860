-- Indicators are keyed by (organisation, slug) since 0008: their audit rows carry both.
SELECT audit_attach('indicators', ARRAY['organisation_id', 'id']);
