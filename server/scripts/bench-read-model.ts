// Benchmark: the reads the DfE benchmarks read model serves (scorecard, series, benchmarks), with autocannon (10 connections, 10 s)
// against the real server on seeded data. PGlite by default; BENCH_DATABASE_URL for PostgreSQL (a
// throwaway database is created on that server and dropped afterwards).
//   pnpm bench:read-model
//   BENCH_DATABASE_URL=postgres://user:pass@localhost:5432/postgres pnpm bench:read-model
import autocannon from "autocannon";
import { buildApp } from "../src/build-app.ts";
import { loadConfig } from "../src/config.ts";
import { seedDatabase } from "../src/db/seed.ts";
import { openBenchDatabase } from "./bench-database.ts";

const ENDPOINTS = [
  "/api/scorecard?period=2017-12",
  "/api/indicators/re-referrals/series",
  "/api/benchmarks/ranking?indicator=re-referrals",
  "/api/benchmarks?indicator=re-referrals",
  "/api/benchmarks/history?indicator=re-referrals",
];
const bench = await openBenchDatabase();
const { database } = bench;
try {
  await database.migrate();
  await seedDatabase(database.db);
  const app = await buildApp({ config: loadConfig({ LOG_LEVEL: "silent" }), database });
  const address = await app.listen({ port: 0, host: "127.0.0.1" });
  console.log(`database: ${bench.label}; autocannon -c 10 -d 10`);
  for (const path of ENDPOINTS) {
    const result = await autocannon({ url: `${address}${path}`, connections: 10, duration: 10 });
    const errors = result.errors + result.non2xx;
    console.log(
      `${path}: ${result.requests.average.toFixed(0)} req/s, p50 ${result.latency.p50} ms, p99 ${result.latency.p99} ms, ${errors} errors`,
    );
  }
  await app.close();
} finally {
  await bench.close();
}
