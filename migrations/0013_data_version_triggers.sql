-- Data versions (see data_versions in schema.ts and docs/read-cache.md): every transaction that changes
-- an organisation's data, or DfE's national statistics, adds one to that scope's version, in the same
-- transaction, so the read cache can tell a stale answer at the cost of one lookup per request.
-- Statement-level triggers on every table those reads come from: no write path can forget it, and a
-- rolled-back write leaves the version as it was.

-- Adds one to each scope, once per transaction: a later statement of the same transaction finds its
-- own transaction id on the row and leaves it. Scopes in order, so two writers lock rows in one order.
CREATE FUNCTION data_version_bump_scopes(scopes text[]) RETURNS void
LANGUAGE sql
SET search_path = public, pg_catalog
AS $$
  INSERT INTO data_versions AS v (scope, version, transaction_id)
  SELECT u.scope, 1, txid_current()
  FROM (SELECT DISTINCT scope FROM unnest(scopes) AS s(scope) WHERE scope IS NOT NULL ORDER BY scope) AS u
  ON CONFLICT (scope) DO UPDATE SET version = v.version + 1, transaction_id = excluded.transaction_id
  WHERE v.transaction_id <> excluded.transaction_id
$$;
--> statement-breakpoint
-- The organisations a statement's rows belong to, each bumped: from the named column or
-- organisation_id, else through area_id (observations, populations, baselines), falling back to
-- app.organisation_id. Distinct values first, so a 100,000-row statement costs one hash aggregate,
-- not a lookup per row. A row whose organisation cannot be told could be anyone's, so then every
-- organisation is bumped; so is every organisation on TRUNCATE.
-- Trigger argument: [0] the column holding the organisation id ('' = find it).
CREATE FUNCTION data_version_bump_organisations() RETURNS trigger
LANGUAGE plpgsql
SET search_path = public, pg_catalog
AS $$
DECLARE
  setting_organisation integer := nullif(current_setting('app.organisation_id', true), '')::integer;
  organisation_column text := nullif(TG_ARGV[0], '');
  via_area boolean := false;
  wanted text;
  rows_sql text;
  touched integer[];
BEGIN
  IF organisation_column IS NULL AND EXISTS (
    SELECT 1 FROM pg_attribute WHERE attrelid = TG_RELID AND attname = 'organisation_id' AND NOT attisdropped
  ) THEN
    organisation_column := 'organisation_id';
  ELSIF organisation_column IS NULL AND EXISTS (
    SELECT 1 FROM pg_attribute WHERE attrelid = TG_RELID AND attname = 'area_id' AND NOT attisdropped
  ) THEN
    via_area := true;
  END IF;
  wanted := CASE WHEN via_area THEN 'area_id' WHEN organisation_column IS NOT NULL THEN quote_ident(organisation_column) END;

  IF TG_OP = 'TRUNCATE' OR wanted IS NULL THEN
    touched := ARRAY[NULL::integer];
  ELSE
    rows_sql := CASE TG_OP
      WHEN 'INSERT' THEN format('SELECT DISTINCT %s AS k FROM new_rows', wanted)
      WHEN 'DELETE' THEN format('SELECT DISTINCT %s AS k FROM old_rows', wanted)
      ELSE format('SELECT %s AS k FROM new_rows UNION SELECT %s FROM old_rows', wanted, wanted)
    END;
    IF via_area THEN
      EXECUTE format(
        'SELECT array_agg(DISTINCT coalesce(a.organisation_id, $1)) FROM (%s) AS r LEFT JOIN areas a ON a.id = r.k',
        rows_sql) INTO touched USING setting_organisation;
    ELSE
      EXECUTE format('SELECT array_agg(DISTINCT coalesce(r.k, $1)) FROM (%s) AS r', rows_sql)
        INTO touched USING setting_organisation;
    END IF;
  END IF;
  IF touched IS NULL THEN
    RETURN NULL;
  END IF;
  IF array_position(touched, NULL) IS NOT NULL THEN
    touched := ARRAY(SELECT id FROM organisations);
  END IF;
  PERFORM data_version_bump_scopes(ARRAY(SELECT 'organisation:' || o FROM unnest(touched) AS t(o)));
  RETURN NULL;
END;
$$;
--> statement-breakpoint
CREATE FUNCTION data_version_bump_statistics() RETURNS trigger
LANGUAGE plpgsql
SET search_path = public, pg_catalog
AS $$
BEGIN
  PERFORM data_version_bump_scopes(ARRAY['statistics']);
  RETURN NULL;
END;
$$;
--> statement-breakpoint
-- Attaching a table is one statement, like audit_attach: SELECT data_version_attach('observations');
-- organisation_column names the column holding the organisation id when it is not organisation_id
-- or found through area_id (organisations itself: its id).
CREATE FUNCTION data_version_attach(target regclass, organisation_column text DEFAULT NULL)
RETURNS void
LANGUAGE plpgsql
SET search_path = public, pg_catalog
AS $$
DECLARE
  argument text := quote_literal(coalesce(organisation_column, ''));
BEGIN
  EXECUTE format('DROP TRIGGER IF EXISTS data_version_insert ON %s', target);
  EXECUTE format('DROP TRIGGER IF EXISTS data_version_update ON %s', target);
  EXECUTE format('DROP TRIGGER IF EXISTS data_version_delete ON %s', target);
  EXECUTE format('DROP TRIGGER IF EXISTS data_version_truncate ON %s', target);
  EXECUTE format('CREATE TRIGGER data_version_insert AFTER INSERT ON %s REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION data_version_bump_organisations(%s)', target, argument);
  EXECUTE format('CREATE TRIGGER data_version_update AFTER UPDATE ON %s REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION data_version_bump_organisations(%s)', target, argument);
  EXECUTE format('CREATE TRIGGER data_version_delete AFTER DELETE ON %s REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION data_version_bump_organisations(%s)', target, argument);
  EXECUTE format('CREATE TRIGGER data_version_truncate AFTER TRUNCATE ON %s FOR EACH STATEMENT EXECUTE FUNCTION data_version_bump_organisations(%s)', target, argument);
END;
$$;
--> statement-breakpoint
-- What an organisation's reads show. (Memberships, sessions and tokens are not: the cache keys by the
-- reader's class, worked out per request.)
SELECT data_version_attach('organisations', 'id');--> statement-breakpoint
SELECT data_version_attach('areas');--> statement-breakpoint
SELECT data_version_attach('area_populations');--> statement-breakpoint
SELECT data_version_attach('indicators');--> statement-breakpoint
SELECT data_version_attach('observations');--> statement-breakpoint
SELECT data_version_attach('published_baselines');--> statement-breakpoint
SELECT data_version_attach('targets');--> statement-breakpoint
SELECT data_version_attach('benchmarks');--> statement-breakpoint
SELECT data_version_attach('commentaries');--> statement-breakpoint
SELECT data_version_attach('months');--> statement-breakpoint
SELECT data_version_attach('month_events');--> statement-breakpoint
SELECT data_version_attach('month_revisions');--> statement-breakpoint
SELECT data_version_attach('draft_figures');--> statement-breakpoint
SELECT data_version_attach('draft_commentaries');--> statement-breakpoint
SELECT data_version_attach('superseded_figures');--> statement-breakpoint
SELECT data_version_attach('indicator_rule_versions');--> statement-breakpoint
-- DfE's national data: the benchmarks every organisation's scorecard shows.
CREATE TRIGGER data_version_statistics AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON published_statistics
  FOR EACH STATEMENT EXECUTE FUNCTION data_version_bump_statistics();--> statement-breakpoint
CREATE TRIGGER data_version_statistics AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON local_authorities
  FOR EACH STATEMENT EXECUTE FUNCTION data_version_bump_statistics();--> statement-breakpoint
CREATE TRIGGER data_version_statistics AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON regions
  FOR EACH STATEMENT EXECUTE FUNCTION data_version_bump_statistics();--> statement-breakpoint
CREATE TRIGGER data_version_statistics AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON statistical_neighbours
  FOR EACH STATEMENT EXECUTE FUNCTION data_version_bump_statistics();--> statement-breakpoint
CREATE TRIGGER data_version_statistics AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON statistics_imports
  FOR EACH STATEMENT EXECUTE FUNCTION data_version_bump_statistics();
