-- The generic audit trigger (see docs/audit.md). One statement-level trigger per operation reads the
-- Secret columns (password_hash, token_hash) are left out of before/after: the trail says a secret changed, never what it is.
-- statement's transition tables, so a 100,000-row upload is one INSERT ... SELECT into audit_log.
-- Who: the transaction-local `app.actor` set by writeTransaction; absent (a change made directly in
-- SQL) it is recorded as actor_kind 'sql' with the database role as the label.

-- SQL for a row's key as JSON, e.g. jsonb_build_object('id', n.id), for the row alias given.
CREATE FUNCTION audit_key_sql(row_alias text, key_columns text[]) RETURNS text
LANGUAGE sql IMMUTABLE
AS $$
  SELECT 'jsonb_build_object(' || string_agg(format('%L, %I.%I', k, row_alias, k), ', ') || ')'
  FROM unnest(key_columns) AS k
$$;
--> statement-breakpoint
-- SQL (a format() template whose %1$s is the row alias) for the organisation a row belongs to: the
-- named column, else its organisation_id column, else through its area_id (observations,
-- populations, baselines), else NULL so the caller falls back to app.organisation_id.
-- Looked up at each statement, so a column added to a table later is picked up without re-attaching.
CREATE FUNCTION audit_organisation_sql(target regclass, organisation_column text) RETURNS text
LANGUAGE sql STABLE
SET search_path = public, pg_catalog
AS $$
  SELECT CASE
    WHEN organisation_column IS NOT NULL THEN '%1$s.' || quote_ident(organisation_column)
    WHEN EXISTS (SELECT 1 FROM pg_attribute WHERE attrelid = target AND attname = 'organisation_id' AND NOT attisdropped)
      THEN '%1$s.organisation_id'
    WHEN EXISTS (SELECT 1 FROM pg_attribute WHERE attrelid = target AND attname = 'area_id' AND NOT attisdropped)
      THEN '(SELECT a.organisation_id FROM areas a WHERE a.id = %1$s.area_id)'
    ELSE 'NULL::integer'
  END
$$;
--> statement-breakpoint
-- Trigger arguments: [0] the column holding the organisation id ('' = find it), [1..] the key columns.
CREATE FUNCTION audit_row_change() RETURNS trigger
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

  IF TG_OP = 'INSERT' THEN
    EXECUTE format(
      'INSERT INTO audit_log (%s) SELECT $1, $2, $3, coalesce(%s, $4), ''insert'', $5, %s, NULL, (to_jsonb(r) - ARRAY[''password_hash'', ''token_hash'']), $6, $7 FROM new_rows r',
      columns, format(organisation_of, 'r'), audit_key_sql('r', key_columns))
    USING actor_kind, actor_id, actor_label, setting_organisation, TG_TABLE_NAME, request_id, ip;
  ELSIF TG_OP = 'DELETE' THEN
    EXECUTE format(
      'INSERT INTO audit_log (%s) SELECT $1, $2, $3, coalesce(%s, $4), ''delete'', $5, %s, (to_jsonb(r) - ARRAY[''password_hash'', ''token_hash'']), NULL, $6, $7 FROM old_rows r',
      columns, format(organisation_of, 'r'), audit_key_sql('r', key_columns))
    USING actor_kind, actor_id, actor_label, setting_organisation, TG_TABLE_NAME, request_id, ip;
  ELSE
    -- Old and new rows are paired by key; a row whose key itself changed has no partner and is
    -- recorded with only its before (old key) or only its after (new key). Unchanged rows are skipped.
    SELECT string_agg(format('o.%I = n.%I', k, k), ' AND ') INTO keys_match FROM unnest(key_columns) AS k;
    EXECUTE format(
      'INSERT INTO audit_log (%s)
       SELECT $1, $2, $3, coalesce(%s, %s, $4), ''update'', $5,
         CASE WHEN n.%I IS NULL THEN %s ELSE %s END,
         CASE WHEN o.%I IS NULL THEN NULL ELSE to_jsonb(o) - ARRAY[''password_hash'', ''token_hash''] END,
         CASE WHEN n.%I IS NULL THEN NULL ELSE to_jsonb(n) - ARRAY[''password_hash'', ''token_hash''] END, $6, $7
       FROM old_rows o FULL JOIN new_rows n ON %s
       WHERE o.%I IS NULL OR n.%I IS NULL OR to_jsonb(o) <> to_jsonb(n)',
      columns,
      format(organisation_of, 'n'), format(organisation_of, 'o'),
      key_columns[1], audit_key_sql('o', key_columns), audit_key_sql('n', key_columns),
      key_columns[1], key_columns[1],
      keys_match, key_columns[1], key_columns[1])
    USING actor_kind, actor_id, actor_label, setting_organisation, TG_TABLE_NAME, request_id, ip;
  END IF;
  RETURN NULL;
END;
$$;
--> statement-breakpoint
-- Attaching a table is one statement: SELECT audit_attach('memberships', ARRAY['organisation_id', 'account_id']);
-- organisation_column names the column holding the organisation id when it is not organisation_id
-- (organisations itself: its id). Re-running it replaces the triggers.
CREATE FUNCTION audit_attach(target regclass, key_columns text[], organisation_column text DEFAULT NULL)
RETURNS void
LANGUAGE plpgsql
SET search_path = public, pg_catalog
AS $$
DECLARE
  missing text;
  arguments text;
BEGIN
  IF coalesce(array_length(key_columns, 1), 0) = 0 THEN
    RAISE EXCEPTION 'audit_attach(%): key_columns must name the primary-key columns', target;
  END IF;
  SELECT string_agg(c, ', ') INTO missing
  FROM unnest(key_columns || coalesce(ARRAY[organisation_column], '{}')) AS c
  WHERE NOT EXISTS (
    SELECT 1 FROM pg_attribute WHERE attrelid = target AND attname = c AND attnum > 0 AND NOT attisdropped
  );
  IF missing IS NOT NULL THEN
    RAISE EXCEPTION 'audit_attach(%): no column %', target, missing;
  END IF;
  SELECT string_agg(quote_literal(a), ', ') INTO arguments
  FROM unnest(ARRAY[coalesce(organisation_column, '')] || key_columns) AS a;

  EXECUTE format('DROP TRIGGER IF EXISTS audit_insert ON %s', target);
  EXECUTE format('DROP TRIGGER IF EXISTS audit_update ON %s', target);
  EXECUTE format('DROP TRIGGER IF EXISTS audit_delete ON %s', target);
  EXECUTE format('DROP TRIGGER IF EXISTS audit_truncate ON %s', target);
  EXECUTE format('CREATE TRIGGER audit_insert AFTER INSERT ON %s REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION audit_row_change(%s)', target, arguments);
  EXECUTE format('CREATE TRIGGER audit_update AFTER UPDATE ON %s REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION audit_row_change(%s)', target, arguments);
  EXECUTE format('CREATE TRIGGER audit_delete AFTER DELETE ON %s REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION audit_row_change(%s)', target, arguments);
  EXECUTE format('CREATE TRIGGER audit_truncate AFTER TRUNCATE ON %s FOR EACH STATEMENT EXECUTE FUNCTION audit_row_change(%s)', target, arguments);
END;
$$;
--> statement-breakpoint
-- The organisation data tables. DfE's published statistics (published_statistics, local_authorities,
-- regions, statistical_neighbours, statistics_imports) are national data and are not audited.
SELECT audit_attach('organisations', ARRAY['id'], 'id');--> statement-breakpoint
SELECT audit_attach('areas', ARRAY['id']);--> statement-breakpoint
SELECT audit_attach('area_populations', ARRAY['area_id', 'year']);--> statement-breakpoint
SELECT audit_attach('indicators', ARRAY['id']);--> statement-breakpoint
SELECT audit_attach('observations', ARRAY['area_id', 'period', 'indicator_id', 'breakdown']);--> statement-breakpoint
SELECT audit_attach('published_baselines', ARRAY['area_id', 'period', 'indicator_id', 'breakdown']);--> statement-breakpoint
SELECT audit_attach('targets', ARRAY['id']);--> statement-breakpoint
SELECT audit_attach('benchmarks', ARRAY['id']);--> statement-breakpoint
SELECT audit_attach('commentaries', ARRAY['organisation_id', 'indicator_id', 'period']);--> statement-breakpoint
-- The trail is append-only for the product: any UPDATE, DELETE or TRUNCATE of audit_log is refused.
CREATE FUNCTION audit_log_refuse_change() RETURNS trigger
LANGUAGE plpgsql
AS $$
BEGIN
  RAISE EXCEPTION 'audit_log is append-only: % is refused', TG_OP
    USING ERRCODE = 'insufficient_privilege', HINT = 'Audit rows are never changed or deleted.';
END;
$$;
--> statement-breakpoint
CREATE TRIGGER audit_log_append_only BEFORE UPDATE OR DELETE OR TRUNCATE ON audit_log
  FOR EACH STATEMENT EXECUTE FUNCTION audit_log_refuse_change();
