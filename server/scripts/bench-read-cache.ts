// Benchmark: the read cache. Starts the real server (src/server.ts, its own process) on seeded data,
// once with the cache on and once with READ_CACHE=off, on PGlite and, with BENCH_DATABASE_URL (or
// TEST_DATABASE_URL) set, on a throwaway PostgreSQL database, and runs autocannon against the scorecard,
// a series and the DfE ranking:
//   pnpm bench:read-cache   (BENCH_CONNECTIONS=10, BENCH_SECONDS=10, BENCH_PATHS=comma-separated URLs)
// Prints req/s, p50 and p99 for each. A benchmark, not a test: figures depend on the machine.
import { randomBytes } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import autocannon from "autocannon";
import pg from "pg";
import { killServer, listeningPort, spawnServer } from "../src/test/spawned-server.ts";

const PATHS = (
  process.env.BENCH_PATHS ??
  "/api/scorecard?period=2017-12,/api/indicators/re-referrals/series,/api/benchmarks/ranking?indicator=re-referrals"
).split(",");
const connections = Number(process.env.BENCH_CONNECTIONS ?? 10);
const seconds = Number(process.env.BENCH_SECONDS ?? 10);
const postgresServer = process.env.BENCH_DATABASE_URL ?? process.env.TEST_DATABASE_URL;

interface Run {
  database: string;
  cache: string;
  path: string;
  requestsPerSecond: number;
  p50: number;
  p99: number;
  errors: number;
}

async function measure(port: number, path: string, duration: number) {
  return autocannon({ url: `http://127.0.0.1:${port}${path}`, connections, duration });
}

async function runServer(database: string, env: Record<string, string>, runs: Run[]) {
  for (const cache of ["on", "off"]) {
    const server = spawnServer({ ...env, LOG_LEVEL: "warn", READ_CACHE: cache });
    try {
      const port = await listeningPort(server);
      for (const path of PATHS) {
        await measure(port, path, 2); // warm-up: JIT, connection pool, and the cache itself
        const result = await measure(port, path, seconds);
        runs.push({
          database,
          cache,
          path,
          requestsPerSecond: result.requests.average,
          p50: result.latency.p50,
          p99: result.latency.p99,
          errors: result.errors + result.timeouts + result.non2xx,
        });
      }
    } finally {
      server.child.kill("SIGTERM");
      await server.exited;
      await killServer(server);
    }
  }
}

const runs: Run[] = [];
const dataDir = mkdtempSync(join(tmpdir(), "scorecard-bench-"));
try {
  // The first start migrates and seeds the empty directory; the second reuses it.
  await runServer("pglite", { DATA_DIR: dataDir }, runs);
} finally {
  rmSync(dataDir, { recursive: true, force: true });
}

if (postgresServer) {
  const name = `scorecard_bench_${randomBytes(6).toString("hex")}`;
  const admin = new pg.Client({ connectionString: postgresServer });
  await admin.connect();
  await admin.query(`create database ${name}`);
  const url = new URL(postgresServer);
  url.pathname = `/${name}`;
  try {
    await runServer("postgres", { DATABASE_URL: url.toString() }, runs);
  } finally {
    await admin.query(`drop database if exists ${name}`);
    await admin.end();
  }
}

console.log(`\n${connections} connections, ${seconds} s each\n`);
console.log("| database | cache | endpoint | req/s | p50 ms | p99 ms | errors |");
console.log("|---|---|---|---:|---:|---:|---:|");
for (const run of runs) {
  console.log(
    `| ${run.database} | ${run.cache} | \`${run.path}\` | ${Math.round(run.requestsPerSecond)} | ${run.p50} | ${run.p99} | ${run.errors} |`,
  );
}
