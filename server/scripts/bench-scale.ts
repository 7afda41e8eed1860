// Benchmark: the scorecard, series and periods endpoints on a region-sized database
// (15 LAs × 80 areas × 40 indicators × 120 months ≈ 5.8 million observations) on real PostgreSQL.
//   BENCH_DATABASE_URL=postgres://user:pass@localhost:5432/postgres pnpm bench:scale
// It creates (and afterwards drops) its own database on that server; nothing else is touched.
import { randomBytes } from "node:crypto";
import { sql } from "drizzle-orm";
import pg from "pg";
import { buildApp } from "../src/build-app.ts";
import { loadConfig } from "../src/config.ts";
import { openPostgres } from "../src/db/database.ts";
import { seedDatabase } from "../src/db/seed.ts";
import { dropDatabase } from "../src/test/test-database.ts";

const serverUrl = process.env.BENCH_DATABASE_URL;
if (!serverUrl) {
  console.error("Set BENCH_DATABASE_URL to a PostgreSQL server URL whose user may create databases.");
  process.exit(2);
}
const LAS = Number(process.env.BENCH_LAS ?? 15);
const AREAS = 80;
const INDICATORS = 40;
const MONTHS = 120;

const name = `scorecard_bench_${randomBytes(4).toString("hex")}`;
const admin = new pg.Client({ connectionString: serverUrl });
await admin.connect();
await admin.query(`create database ${name}`);
const url = new URL(serverUrl);
url.pathname = `/${name}`;
const database = await openPostgres(url.toString());

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

  const app = await buildApp({ config: loadConfig({ LOG_LEVEL: "silent" }), database });
  const measure = async (label: string, path: string, runs = 20) => {
    const timings: number[] = [];
    for (let i = 0; i < runs; i++) {
      const started = performance.now();
      const response = await app.inject({ method: "GET", url: path });
      if (response.statusCode !== 200)
        throw new Error(`${path}: ${response.statusCode} ${response.body.slice(0, 200)}`);
      timings.push(performance.now() - started);
    }
    timings.sort((a, b) => a - b);
    const median = timings[Math.floor(runs / 2)] ?? 0;
    const p95 = timings[Math.floor(runs * 0.95)] ?? 0;
    console.log(`${label}: median ${median.toFixed(1)} ms, p95 ${p95.toFixed(1)} ms over ${runs} requests`);
  };
  await measure("GET /api/scorecard (city, 80 areas below it)", "/api/scorecard?period=2017-12");
  await measure("GET /api/scorecard (an area with 73 wards)", "/api/scorecard?period=2017-12&area=east");
  await measure(
    "GET /api/indicators/re-referrals/series (all months)",
    "/api/indicators/re-referrals/series",
  );
  await measure(
    "GET /api/indicators/re-referrals/series?area=east",
    "/api/indicators/re-referrals/series?area=east",
  );
  await measure("GET /api/periods", "/api/periods", 5);
  await app.close();
} finally {
  await database.close();
  await admin.end();
  await dropDatabase(serverUrl, name);
}
