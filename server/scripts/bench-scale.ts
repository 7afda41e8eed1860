// Benchmark: the scorecard, series and periods endpoints on a region-sized database
// (15 LAs × 80 areas × 40 indicators × 120 months ≈ 5.8 million observations) on real PostgreSQL,
// with the read cache off, so every request reads the database. Each endpoint's median and p99 are
// printed beside the time of the same SQL statements run directly on one connection (recorded from
// the endpoint's own requests), then again after Birmingham's history is made 10× longer (1,200
// months), which should cost the scorecard almost nothing: it reads only the months it shows.
//   BENCH_DATABASE_URL=postgres://user:pass@localhost:5432/postgres pnpm bench:scale
// It creates (and afterwards drops) its own database on that server; nothing else is touched.
import { sql } from "drizzle-orm";
import pg from "pg";
import { buildApp } from "../src/build-app.ts";
import { loadConfig } from "../src/config.ts";
import { createPostgres } from "../src/db/database.ts";
import { seedDatabase } from "../src/db/seed.ts";
import { createThrowawayDatabase } from "../src/db/throwaway-database.ts";

const serverUrl = process.env.BENCH_DATABASE_URL;
if (!serverUrl) {
  console.error("Set BENCH_DATABASE_URL to a PostgreSQL server URL whose user may create databases.");
  process.exit(2);
}
const LAS = Number(process.env.BENCH_LAS ?? 15);
const AREAS = 80;
const INDICATORS = 40;
const MONTHS = 120;

const throwaway = await createThrowawayDatabase(serverUrl, "scorecard_bench");
const url = new URL(throwaway.url);
const { database, pool } = createPostgres(throwaway.url);

/** The statements the pool runs while `recording` is set, as pg query configs, to replay directly. */
let recording: unknown[] | null = null;
const poolQuery = pool.query.bind(pool) as (...args: unknown[]) => Promise<unknown>;
(pool as unknown as { query: (...args: unknown[]) => Promise<unknown> }).query = (...args: unknown[]) => {
  const [query, values] = args as [string | { values?: unknown[] }, unknown[] | undefined];
  recording?.push(
    typeof query === "string" ? { text: query, values } : { ...query, values: values ?? query.values },
  );
  return poolQuery(...args);
};

const time = async (label: string, run: () => Promise<unknown>) => {
  const started = performance.now();
  await run();
  const ms = performance.now() - started;
  console.log(`${label}: ${(ms / 1000).toFixed(1)} s`);
};

try {
  await database.migrate();
  await seedDatabase(database.db);
  await time("generate organisations, areas and indicators", async () => {
    await database.db.execute(sql`
      insert into organisations (slug, name, old_la_code, new_la_code)
        select 'bench-' || la, 'Bench LA ' || la, 'B' || la, 'EB' || la from generate_series(1, ${LAS - 1}) la`);
    await database.db.execute(sql`
      insert into areas (organisation_id, slug, name, kind, parent_id, sort_order)
        select o.id, 'area-' || a, 'Area ' || a, 'area', null, a
        from organisations o cross join generate_series(1, ${AREAS}) a
        where o.slug like 'bench-%'`);
    await database.db.execute(sql`
      insert into areas (organisation_id, slug, name, kind, parent_id, sort_order)
        select (select id from organisations where slug = 'birmingham'), 'ward-' || a, 'Ward ' || a, 'ward',
               (select id from areas where slug = 'east' limit 1), 100 + a
        from generate_series(1, ${AREAS - 7}) a`);
    await database.db.execute(sql`
      insert into indicators (organisation_id, id, ref, title, definition, unit, polarity, measure_kind,
                              baseline_kind, baseline_label, decimals)
        select o.id, 'bench-' || i, 100 + i, 'Bench indicator ' || i, 'Synthetic', 'percent', 'higher_is_better',
               'ratio', 'previous_6_months_average', 'Prev. 6 months average', 0
        from organisations o cross join generate_series(1, ${INDICATORS - 13}) i`);
    // Each organisation has its own catalogue: the bench LAs get a copy of Birmingham's thirteen.
    await database.db.execute(sql`
      insert into indicators (organisation_id, id, ref, title, definition, unit, polarity, measure_kind,
                              baseline_kind, baseline_label, baseline_month, tolerance, trend_threshold,
                              decimals, numerator_label, denominator_label, shows_rate_per10k, notes)
        select o.id, i.id, i.ref, i.title, i.definition, i.unit, i.polarity, i.measure_kind, i.baseline_kind,
               i.baseline_label, i.baseline_month, i.tolerance, i.trend_threshold, i.decimals,
               i.numerator_label, i.denominator_label, i.shows_rate_per10k, i.notes
        from indicators i join organisations b on b.id = i.organisation_id and b.slug = 'birmingham'
        cross join organisations o
        where o.slug like 'bench-%' and i.id not like 'bench-%'`);
  });
  await time(`generate ≈${((LAS * AREAS * INDICATORS * MONTHS) / 1e6).toFixed(1)} million observations`, () =>
    database.db.execute(sql`
      insert into observations (area_id, period, indicator_id, breakdown, numerator, denominator, source)
        select a.id, to_char(date '2008-04-01' + (m || ' month')::interval, 'YYYY-MM'), i.id, '',
               (40 + (a.id * 7 + m * 3) % 50), 100, 'illustrative'
        from areas a join indicators i on i.organisation_id = a.organisation_id
        cross join generate_series(0, ${MONTHS - 1}) m
      on conflict do nothing`),
  );
  await database.db.execute(sql`analyze`);
  const counted = (await database.db.execute(
    sql`select count(*)::int as rows from observations`,
  )) as unknown as {
    rows: { rows: number }[];
  };
  const rows = counted.rows[0]?.rows ?? 0;
  console.log(`observations: ${rows.toLocaleString("en-GB")}`);

  const app = await buildApp({
    config: loadConfig({ LOG_LEVEL: "silent", READ_CACHE: "off" }),
    database,
  });
  const direct = new pg.Client({ connectionString: url.toString() });
  await direct.connect();
  const percentile = (sorted: number[], share: number) =>
    sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * share))] ?? 0;
  const ratios: Record<string, number> = {};
  const medians: Record<string, number> = {};

  const measure = async (label: string, path: string, runs = 50) => {
    recording = [];
    const first = await app.inject({ method: "GET", url: path });
    if (first.statusCode !== 200) throw new Error(`${path}: ${first.statusCode} ${first.body.slice(0, 200)}`);
    const statements = recording;
    recording = null;
    const timings: number[] = [];
    for (let i = 0; i < runs; i++) {
      const started = performance.now();
      const response = await app.inject({ method: "GET", url: path });
      if (response.statusCode !== 200) throw new Error(`${path}: ${response.statusCode}`);
      timings.push(performance.now() - started);
    }
    // The same statements, one after another on one connection, with nothing around them.
    const sqlTimings: number[] = [];
    for (let i = 0; i < runs + 1; i++) {
      const started = performance.now();
      for (const statement of statements) await direct.query(statement as pg.QueryConfig);
      if (i > 0) sqlTimings.push(performance.now() - started);
    }
    timings.sort((a, b) => a - b);
    sqlTimings.sort((a, b) => a - b);
    const median = percentile(timings, 0.5);
    const sqlMedian = percentile(sqlTimings, 0.5);
    ratios[label] = median / sqlMedian;
    medians[label] = median;
    console.log(
      `${label}: p50 ${median.toFixed(1)} ms, p99 ${percentile(timings, 0.99).toFixed(1)} ms over ${runs} requests; ` +
        `its ${statements.length} SQL statements run directly: p50 ${sqlMedian.toFixed(1)} ms (endpoint ÷ SQL ${(median / sqlMedian).toFixed(2)})`,
    );
  };
  const measureAll = async (suffix: string) => {
    await measure(`GET /api/scorecard (city, 80 areas below it)${suffix}`, "/api/scorecard?period=2017-12");
    await measure(
      `GET /api/scorecard (an area with 73 wards)${suffix}`,
      "/api/scorecard?period=2017-12&area=east",
    );
    await measure(
      `GET /api/indicators/re-referrals/series (all months)${suffix}`,
      "/api/indicators/re-referrals/series",
    );
    await measure(
      `GET /api/indicators/re-referrals/series?area=east${suffix}`,
      "/api/indicators/re-referrals/series?area=east",
    );
    await measure(`GET /api/periods${suffix}`, "/api/periods", 10);
  };
  console.log("\n== the read cache off (READ_CACHE=off): every request reads the database");
  await measureAll("");

  const EARLIER_MONTHS = MONTHS * 9;
  await time(
    `make Birmingham's history 10× longer (${EARLIER_MONTHS.toLocaleString("en-GB")} earlier months)`,
    () =>
      database.db.execute(sql`
      insert into observations (area_id, period, indicator_id, breakdown, numerator, denominator, source)
        select a.id, to_char(date '2008-04-01' - ((m + 1) || ' month')::interval, 'YYYY-MM'), i.id, '',
               (40 + (a.id * 7 + m * 3) % 50), 100, 'illustrative'
        from areas a join organisations o on o.id = a.organisation_id and o.slug = 'birmingham'
        join indicators i on i.organisation_id = a.organisation_id
        cross join generate_series(0, ${EARLIER_MONTHS - 1}) m
      on conflict do nothing`),
  );
  await database.db.execute(sql`analyze observations`);
  console.log("\n== the same with 10× the months of history");
  await measureAll(" [10× history]");

  const city = "GET /api/scorecard (city, 80 areas below it)";
  const cityLonger = `${city} [10× history]`;
  const goals = [
    {
      text: `scorecard p50 ≤ 1.5 × its own SQL run directly (${ratios[city]?.toFixed(2)} ×)`,
      met: (ratios[city] ?? Number.POSITIVE_INFINITY) <= 1.5,
    },
    {
      text: `with 10× the history, scorecard p50 ≤ 1.2 × its own SQL (${ratios[cityLonger]?.toFixed(2)} ×) and ≤ 1.2 × the p50 before (${((medians[cityLonger] ?? 0) / (medians[city] ?? 1)).toFixed(2)} ×)`,
      met:
        (ratios[cityLonger] ?? Number.POSITIVE_INFINITY) <= 1.2 &&
        (medians[cityLonger] ?? 0) <= 1.2 * (medians[city] ?? 0),
    },
  ];
  console.log("\n== goals");
  for (const goal of goals) console.log(`  ${goal.met ? "met   " : "MISSED"} ${goal.text}`);
  await direct.end();
  await app.close();
} finally {
  await database.close();
  await throwaway.drop();
}
