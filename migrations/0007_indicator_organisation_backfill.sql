-- Indicators belong to one organisation. Until now an installation held one catalogue, used by its
-- first organisation (the only one ever served), so existing indicators are given to it.
UPDATE indicators SET organisation_id = (SELECT min(id) FROM organisations) WHERE organisation_id IS NULL;
