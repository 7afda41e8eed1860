// Benchmark: how long the board pack PDF takes to build for the seeded December 2017 month (goal: under 2 s),
// for the city and for one area, on seeded data. Each request builds the PDF afresh (the board pack is not
// held in the read cache), so the figures are the whole cost: loading, laying out, drawing the charts.
// PGlite by default; BENCH_DATABASE_URL for PostgreSQL (a throwaway database, dropped afterwards).
//   pnpm bench:board-pack
//   BENCH_RUNS=20 BENCH_DATABASE_URL=postgres://user:pass@localhost:5432/postgres pnpm bench:board-pack
import { performance } from "node:perf_hooks";
import { buildApp } from "../src/build-app.ts";
import { loadConfig } from "../src/config.ts";
import { seedDatabase } from "../src/db/seed.ts";
import { openBenchDatabase } from "./bench-database.ts";

const GOAL_MS = 2000;
const PATHS = [
  "/api/orgs/birmingham/months/2017-12/board-pack.pdf",
  "/api/orgs/birmingham/months/2017-12/board-pack.pdf?area=east",
];
const runs = Number(process.env.BENCH_RUNS ?? 10);
const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? Number.NaN;

const bench = await openBenchDatabase();
const { database } = bench;
try {
  await database.migrate();
  await seedDatabase(database.db);
  const app = await buildApp({ config: loadConfig({ LOG_LEVEL: "silent" }), database });
  await app.ready();
  console.log(`database: ${bench.label}; ${runs} runs per board pack, one at a time`);
  for (const path of PATHS) {
    const times: number[] = [];
    let bytes = 0;
    let pages = 0;
    // The first request also warms the code paths (module loading, fonts); it is reported on its own.
    for (let run = 0; run <= runs; run++) {
      const started = performance.now();
      const response = await app.inject({ method: "GET", url: path });
      const elapsed = performance.now() - started;
      if (response.statusCode !== 200)
        throw new Error(`${path}: HTTP ${response.statusCode} ${response.body}`);
      bytes = response.rawPayload.length;
      pages = (response.rawPayload.toString("latin1").match(/\/Type\s*\/Page\b/g) ?? []).length;
      if (run === 0) console.log(`${path}: first request ${elapsed.toFixed(0)} ms`);
      else times.push(elapsed);
    }
    times.sort((a, b) => a - b);
    const p50 = percentile(times, 50);
    const max = times.at(-1) ?? Number.NaN;
    console.log(
      `${path}: ${pages} pages, ${(bytes / 1024).toFixed(0)} KiB; p50 ${p50.toFixed(0)} ms, p95 ${percentile(times, 95).toFixed(0)} ms, max ${max.toFixed(0)} ms; goal < ${GOAL_MS} ms: ${max < GOAL_MS ? "met" : "missed"}`,
    );
  }
  await app.close();
} finally {
  await bench.close();
}
