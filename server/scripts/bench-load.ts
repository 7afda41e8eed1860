// Benchmark (issue 12): the read endpoints under load, with the read cache on and off, beside the
// physical limit (a bare Fastify server sending the same bytes from memory), at 10 and 100
// connections, plus a soak on the scorecard with the server's memory sampled. Default database:
// PGlite (a fresh seeded data directory); BENCH_DATABASE_URL=postgres://… adds PostgreSQL (a
// throwaway database on that server, dropped afterwards).
//   pnpm --filter @scorecard/client build && pnpm bench:load
// BENCH_DURATION (s, default 10) and BENCH_SOAK (s, default 60) shorten or lengthen the runs; each run
// follows BENCH_WARM_UP seconds (default 2) of the same load, not counted.
import { type ChildProcess, spawn } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import autocannon from "autocannon";
import { createThrowawayDatabase } from "../src/db/throwaway-database.ts";
import { listeningPort, spawnServer } from "../src/test/spawned-server.ts";

const DURATION = Number(process.env.BENCH_DURATION ?? 10);
const SOAK = Number(process.env.BENCH_SOAK ?? 60);
/** Seconds of load before each measured run, discarded: the first second pays for JIT compilation. */
const WARM_UP = Number(process.env.BENCH_WARM_UP ?? 2);
const CONNECTIONS = [10, 100] as const;
const ENDPOINTS = [
  { name: "scorecard", path: "/api/scorecard?period=2017-12" },
  { name: "series", path: "/api/indicators/re-referrals/series" },
  { name: "benchmarks", path: "/api/benchmarks?indicator=re-referrals" },
  { name: "ranking", path: "/api/benchmarks/ranking?indicator=re-referrals" },
] as const;

interface Run {
  requestsPerSecond: number;
  p50: number;
  p99: number;
  errors: number;
}

async function load(url: string, connections: number, duration = DURATION): Promise<Run> {
  if (WARM_UP > 0) await autocannon({ url, connections, duration: WARM_UP, pipelining: 1 });
  const result = await autocannon({ url, connections, duration, pipelining: 1 });
  return {
    requestsPerSecond: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    errors: result.errors + result.timeouts + result.non2xx,
  };
}

const rssKb = (pid: number) =>
  Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, "utf8"))?.[1] ?? Number.NaN);

async function stop(child: ChildProcess) {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise((resolve) => child.once("exit", resolve));
  child.kill("SIGTERM");
  await exited;
}

async function startScorecard(env: Record<string, string>) {
  const server = spawnServer({ LOG_LEVEL: "warn", ...env });
  const port = await listeningPort(server);
  return { server, base: `http://127.0.0.1:${port}` };
}

async function startPhysicalLimit(bodies: Record<string, string>) {
  const folder = mkdtempSync(join(tmpdir(), "bench-limit-"));
  const file = join(folder, "bodies.json");
  writeFileSync(file, JSON.stringify(bodies));
  const child = spawn(
    process.execPath,
    ["--import", "tsx", fileURLToPath(new URL("./physical-limit-server.ts", import.meta.url)), file],
    { cwd: fileURLToPath(new URL("..", import.meta.url)) },
  );
  const base = await new Promise<string>((resolve, reject) => {
    let output = "";
    child.stdout?.on("data", (chunk) => {
      output += chunk;
      const address = /listening at (http:\/\/\S+)/.exec(output)?.[1];
      if (address) resolve(address);
    });
    child.once("exit", () => reject(new Error(`the physical-limit server exited: ${output}`)));
  });
  return { child, base, folder };
}

const pad = (text: string | number, width: number) => String(text).padStart(width);
const row = (label: string, run: Run, limit?: Run) =>
  `  ${label.padEnd(30)}${pad(run.requestsPerSecond.toFixed(0), 9)} req/s  p50 ${pad(run.p50, 4)} ms  p99 ${pad(run.p99, 4)} ms  errors ${pad(run.errors, 4)}${limit ? `  ${pad(((100 * run.requestsPerSecond) / limit.requestsPerSecond).toFixed(0), 4)} % of the limit` : ""}`;

interface Goal {
  text: string;
  met: boolean;
}

async function benchDatabase(
  label: string,
  env: Record<string, string>,
  goals: Goal[],
  scorecardOffGoal: number,
) {
  console.log(`\n== ${label}`);
  const results: Record<string, Record<string, Run>> = {};
  for (const cache of ["on", "off"] as const) {
    const { server, base } = await startScorecard({ ...env, READ_CACHE: cache });
    try {
      for (const endpoint of ENDPOINTS) {
        const response = await fetch(`${base}${endpoint.path}`);
        if (!response.ok) throw new Error(`${endpoint.path} answered ${response.status}`);
        await response.arrayBuffer();
        for (const connections of CONNECTIONS) {
          const run = await load(`${base}${endpoint.path}`, connections);
          const key = `${endpoint.name} ${connections}`;
          results[key] = { ...results[key], [cache]: run };
        }
      }
    } finally {
      await stop(server.child);
    }
  }

  // The same bytes, from memory: fetched from a fresh server with the cache off.
  const { server, base } = await startScorecard({ ...env, READ_CACHE: "off" });
  const bodies: Record<string, string> = {};
  for (const endpoint of ENDPOINTS)
    bodies[endpoint.path] = await (await fetch(`${base}${endpoint.path}`)).text();
  await stop(server.child);
  const limit = await startPhysicalLimit(bodies);
  try {
    for (const endpoint of ENDPOINTS)
      for (const connections of CONNECTIONS) {
        const key = `${endpoint.name} ${connections}`;
        results[key] = { ...results[key], limit: await load(`${limit.base}${endpoint.path}`, connections) };
      }
  } finally {
    await stop(limit.child);
    rmSync(limit.folder, { recursive: true, force: true });
  }

  for (const endpoint of ENDPOINTS)
    for (const connections of CONNECTIONS) {
      const key = `${endpoint.name} ${connections}`;
      const { on, off, limit: bare } = results[key] ?? {};
      if (!on || !off || !bare) continue;
      console.log(`${endpoint.path}, ${connections} connections`);
      console.log(row("cache on", on, bare));
      console.log(row("cache off (READ_CACHE=off)", off, bare));
      console.log(row("physical limit", bare));
      if (connections === 100)
        goals.push({
          text: `${label}: ${endpoint.name}, cache on, 100 connections ≥ 40 % of the limit (${((100 * on.requestsPerSecond) / bare.requestsPerSecond).toFixed(0)} %), p99 ≤ 25 ms (${on.p99} ms), no errors (${on.errors})`,
          met: on.requestsPerSecond >= 0.4 * bare.requestsPerSecond && on.p99 <= 25 && on.errors === 0,
        });
      if (connections === 10 && endpoint.name === "scorecard")
        goals.push({
          text: `${label}: scorecard, cache off, 10 connections ≥ ${scorecardOffGoal} req/s (${off.requestsPerSecond.toFixed(0)})`,
          met: off.requestsPerSecond >= scorecardOffGoal,
        });
    }

  // The soak: 100 connections on the scorecard, the server's resident memory sampled each second.
  const soak = await startScorecard({ ...env, READ_CACHE: "on" });
  try {
    const pid = soak.server.child.pid ?? 0;
    const url = `${soak.base}${ENDPOINTS[0].path}`;
    // Warmed up at full load first, so the samples compare a steady state with itself.
    await load(url, 100, 10);
    const samples: number[] = [];
    const sampler = setInterval(() => samples.push(rssKb(pid)), 1000);
    const run = await load(url, 100, SOAK);
    clearInterval(sampler);
    const tenth = Math.max(1, Math.floor(samples.length / 6));
    const mean = (values: number[]) => values.reduce((sum, value) => sum + value, 0) / values.length;
    const early = mean(samples.slice(0, tenth));
    const late = mean(samples.slice(-tenth));
    const drift = (100 * (late - early)) / early;
    console.log(`soak: ${SOAK} s at 100 connections on the scorecard (cache on)`);
    console.log(row("soak", run));
    console.log(
      `  RSS: first ${tenth} s ${(early / 1024).toFixed(0)} MB, last ${tenth} s ${(late / 1024).toFixed(0)} MB (${drift >= 0 ? "+" : ""}${drift.toFixed(1)} %), peak ${(Math.max(...samples) / 1024).toFixed(0)} MB`,
    );
    goals.push({
      text: `${label}: ${SOAK} s soak, no errors (${run.errors}) and RSS flat within 10 % (${drift.toFixed(1)} %)`,
      met: run.errors === 0 && Math.abs(drift) <= 10,
    });
  } finally {
    await stop(soak.server.child);
  }
}

const goals: Goal[] = [];
const dataDir = mkdtempSync(join(tmpdir(), "bench-load-pglite-"));
try {
  await benchDatabase("PGlite (default)", { DATA_DIR: dataDir }, goals, 400);
} finally {
  rmSync(dataDir, { recursive: true, force: true });
}

const serverUrl = process.env.BENCH_DATABASE_URL;
if (serverUrl) {
  const throwaway = await createThrowawayDatabase(serverUrl, "scorecard_load");
  try {
    await benchDatabase("PostgreSQL", { DATABASE_URL: throwaway.url }, goals, 1000);
  } finally {
    await throwaway.drop();
  }
} else {
  console.log("\n(set BENCH_DATABASE_URL to a PostgreSQL server to measure it too)");
}

console.log("\n== goals");
for (const goal of goals) console.log(`  ${goal.met ? "met   " : "MISSED"} ${goal.text}`);
