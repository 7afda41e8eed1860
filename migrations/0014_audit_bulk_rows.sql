-- The audit trigger, cheaper per row for bulk writes (the 100,000-row history load spent a third of
-- its time here); what it records is unchanged (docs/audit.md, audit-trigger.test.ts):
--  - an area-keyed row's organisation is found by one join with areas for the whole statement,
--    instead of a lookup per row;
--  - the secret columns are taken out of before/after only for tables that have them.

-- SQL (a format() template whose %1$s is the row alias) for the organisation a row belongs to: the
-- named column, else its organisation_id column, else its area's (joined as %1$s_area, see
-- audit_organisation_join_sql), else NULL so the caller falls back to app.organisation_id.
-- Looked up at each statement, so a column added to a table later is picked up without re-attaching.
CREATE OR REPLACE FUNCTION audit_organisation_sql(target regclass, organisation_column text) RETURNS text
LANGUAGE sql STABLE
SET search_path = public, pg_catalog
AS $$
  SELECT CASE
    WHEN organisation_column IS NOT NULL THEN '%1$s.' || quote_ident(organisation_column)
    WHEN EXISTS (SELECT 1 FROM pg_attribute WHERE attrelid = target AND attname = 'organisation_id' AND NOT attisdropped)
      THEN '%1$s.organisation_id'
    WHEN EXISTS (SELECT 1 FROM pg_attribute WHERE attrelid = target AND attname = 'area_id' AND NOT attisdropped)
      THEN '%1$s_area.organisation_id'
    ELSE 'NULL::integer'
  END
$$;
--> statement-breakpoint
-- The join (a format() template like audit_organisation_sql's) that brings in a row's area when its
-- organisation is found through it; empty otherwise.
CREATE FUNCTION audit_organisation_join_sql(target regclass, organisation_column text) RETURNS text
LANGUAGE sql STABLE
SET search_path = public, pg_catalog
AS $$
  SELECT CASE
    WHEN audit_organisation_sql(target, organisation_column) = '%1$s_area.organisation_id'
      THEN ' LEFT JOIN areas %1$s_area ON %1$s_area.id = %1$s.area_id'
    ELSE ''
  END
$$;
--> statement-breakpoint
-- Trigger arguments: [0] the column holding the organisation id ('' = find it), [1..] the key columns.
CREATE OR REPLACE FUNCTION audit_row_change() RETURNS trigger
LANGUAGE plpgsql
SET search_path = public, pg_catalog
AS $$
DECLARE
  actor jsonb := nullif(current_setting('app.actor', true), '')::jsonb;
  setting_organisation integer := nullif(current_setting('app.organisation_id', true), '')::integer;
  organisation_column text := nullif(TG_ARGV[0], '');
  key_columns text[] := TG_ARGV[1:];
  actor_kind text;
  actor_id text;
  actor_label text;
  request_id text;
  ip text;
  organisation_of text;
  organisation_join text;
  row_json text;
  keys_match text;
  columns constant text := 'actor_kind, actor_id, actor_label, organisation_id, action, table_name, row_key, before, after, request_id, ip';
BEGIN
  IF actor IS NULL THEN
    actor_kind := 'sql';
    actor_label := current_user;
  ELSE
    actor_kind := actor ->> 'kind';
    actor_id := actor ->> 'id';
    actor_label := actor ->> 'label';
    request_id := actor ->> 'requestId';
    ip := actor ->> 'ip';
  END IF;

  IF TG_OP = 'TRUNCATE' THEN
    INSERT INTO audit_log (actor_kind, actor_id, actor_label, organisation_id, action, table_name, request_id, ip)
    VALUES (actor_kind, actor_id, actor_label, setting_organisation, 'truncate', TG_TABLE_NAME, request_id, ip);
    RETURN NULL;
  END IF;

  -- The row's own organisation is a fact about the row, so it wins over the transaction's setting.
  organisation_of := audit_organisation_sql(TG_RELID, organisation_column);
  organisation_join := audit_organisation_join_sql(TG_RELID, organisation_column);
  -- A row as JSON (a format() template, %1$s the row alias); secret columns are left out.
  row_json := CASE
    WHEN EXISTS (
      SELECT 1 FROM pg_attribute
      WHERE attrelid = TG_RELID AND attname IN ('password_hash', 'token_hash') AND NOT attisdropped
    ) THEN '(to_jsonb(%1$s) - ARRAY[''password_hash'', ''token_hash''])'
    ELSE 'to_jsonb(%1$s)'
  END;

  IF TG_OP = 'INSERT' THEN
    EXECUTE format(
      'INSERT INTO audit_log (%s) SELECT $1, $2, $3, coalesce(%s, $4), ''insert'', $5, %s, NULL, %s, $6, $7 FROM new_rows r%s',
      columns, format(organisation_of, 'r'), audit_key_sql('r', key_columns), format(row_json, 'r'),
      format(organisation_join, 'r'))
    USING actor_kind, actor_id, actor_label, setting_organisation, TG_TABLE_NAME, request_id, ip;
  ELSIF TG_OP = 'DELETE' THEN
    EXECUTE format(
      'INSERT INTO audit_log (%s) SELECT $1, $2, $3, coalesce(%s, $4), ''delete'', $5, %s, %s, NULL, $6, $7 FROM old_rows r%s',
      columns, format(organisation_of, 'r'), audit_key_sql('r', key_columns), format(row_json, 'r'),
      format(organisation_join, 'r'))
    USING actor_kind, actor_id, actor_label, setting_organisation, TG_TABLE_NAME, request_id, ip;
  ELSE
    -- Old and new rows are paired by key; a row whose key itself changed has no partner and is
    -- recorded with only its before (old key) or only its after (new key). Unchanged rows are skipped.
    SELECT string_agg(format('o.%I = n.%I', k, k), ' AND ') INTO keys_match FROM unnest(key_columns) AS k;
    EXECUTE format(
      'INSERT INTO audit_log (%s)
       SELECT $1, $2, $3, coalesce(%s, %s, $4), ''update'', $5,
         CASE WHEN n.%I IS NULL THEN %s ELSE %s END,
         CASE WHEN o.%I IS NULL THEN NULL ELSE %s END,
         CASE WHEN n.%I IS NULL THEN NULL ELSE %s END, $6, $7
       FROM old_rows o FULL JOIN new_rows n ON %s%s%s
       WHERE o.%I IS NULL OR n.%I IS NULL OR to_jsonb(o) <> to_jsonb(n)',
      columns,
      format(organisation_of, 'n'), format(organisation_of, 'o'),
      key_columns[1], audit_key_sql('o', key_columns), audit_key_sql('n', key_columns),
      key_columns[1], format(row_json, 'o'),
      key_columns[1], format(row_json, 'n'),
      keys_match, format(organisation_join, 'o'), format(organisation_join, 'n'),
      key_columns[1], key_columns[1])
    USING actor_kind, actor_id, actor_label, setting_organisation, TG_TABLE_NAME, request_id, ip;
  END IF;
  RETURN NULL;
END;
$$;
