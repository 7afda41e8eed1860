// Benchmark: the reads the DfE benchmarks read model serves (scorecard, series, benchmarks), with autocannon (10 connections, 10 s)
// against the real server on seeded data. PGlite by default; BENCH_DATABASE_URL for PostgreSQL (a
// throwaway database is created on that server and dropped afterwards).
//   pnpm bench:read-model
//   BENCH_DATABASE_URL=postgres://user:pass@localhost:5432/postgres pnpm bench:read-model
import { randomBytes } from "node:crypto";
import autocannon from "autocannon";
import pg from "pg";
import { buildApp } from "../src/build-app.ts";
import { loadConfig } from "../src/config.ts";
import { type Database, openPglite, openPostgres } from "../src/db/database.ts";
import { seedDatabase } from "../src/db/seed.ts";
import { dropDatabase } from "../src/test/test-database.ts";

const ENDPOINTS = [
  "/api/scorecard?period=2017-12",
  "/api/indicators/re-referrals/series",
  "/api/benchmarks/ranking?indicator=re-referrals",
  "/api/benchmarks?indicator=re-referrals",
  "/api/benchmarks/history?indicator=re-referrals",
];
const serverUrl = process.env.BENCH_DATABASE_URL;
const name = `scorecard_bench_${randomBytes(4).toString("hex")}`;

async function openDatabase(): Promise<Database> {
  if (!serverUrl) return openPglite();
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  await admin.query(`create database ${name}`);
  await admin.end();
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return openPostgres(url.toString());
}

const database = await openDatabase();
try {
  await database.migrate();
  await seedDatabase(database.db);
  const app = await buildApp({ config: loadConfig({ LOG_LEVEL: "silent" }), database });
  const address = await app.listen({ port: 0, host: "127.0.0.1" });
  console.log(`database: ${serverUrl ? "PostgreSQL" : "PGlite"}; autocannon -c 10 -d 10`);
  for (const path of ENDPOINTS) {
    const result = await autocannon({ url: `${address}${path}`, connections: 10, duration: 10 });
    const errors = result.errors + result.non2xx;
    console.log(
      `${path}: ${result.requests.average.toFixed(0)} req/s, p50 ${result.latency.p50} ms, p99 ${result.latency.p99} ms, ${errors} errors`,
    );
  }
  await app.close();
} finally {
  await database.close();
  if (serverUrl) await dropDatabase(serverUrl, name);
}
