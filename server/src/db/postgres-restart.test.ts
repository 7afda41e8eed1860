import { execFile } from "node:child_process";
import { promisify } from "node:util";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { killServer, listeningPort, type SpawnedServer, spawnServer } from "../test/spawned-server.ts";

/**
 * Restarts a real PostgreSQL cluster under the running server's feet. Needs a cluster of its own
 * (never `15 main`, which the other tests share): `.ci/run` creates `15 restart` on port 5433 and
 * sets RESTART_TEST_CLUSTER="15 restart" and RESTART_TEST_DATABASE_URL.
 */
const cluster = process.env.RESTART_TEST_CLUSTER?.trim().split(/\s+/);
const databaseUrl = process.env.RESTART_TEST_DATABASE_URL;
const READERS = 5;
const URL_PATH = "/api/scorecard?period=2017-12";
const RECOVERY_LIMIT_MS = 5_000;

interface Answer {
  startedAt: number;
  endedAt: number;
  status: number | string;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Polls the cluster with its own connections; records when it stops and starts accepting. */
function watchCluster(url: string) {
  const state = { downAt: undefined as number | undefined, upAgainAt: undefined as number | undefined };
  let running = true;
  const done = (async () => {
    while (running) {
      const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 1_000 });
      client.on("error", () => {});
      const accepting = await client
        .connect()
        .then(() => client.query("select 1"))
        .then(
          () => true,
          () => false,
        );
      await client.end().catch(() => {});
      const now = Date.now();
      if (!accepting && state.downAt === undefined) state.downAt = now;
      if (accepting && state.downAt !== undefined && state.upAgainAt === undefined) state.upAgainAt = now;
      await sleep(50);
    }
  })();
  return {
    state,
    stop: async () => {
      running = false;
      await done;
    },
  };
}

describe.skipIf(cluster?.length !== 2 || !databaseUrl)(
  `PostgreSQL restart under load (cluster ${cluster?.join(" ")})`,
  () => {
    let server: SpawnedServer;
    let base: string;
    beforeAll(async () => {
      server = spawnServer({ DATABASE_URL: databaseUrl as string, LOG_LEVEL: "warn" });
      base = `http://127.0.0.1:${await listeningPort(server)}`;
    });
    afterAll(() => killServer(server));

    it("never exits, answers only 200 or 503, and recovers within 5 s", async () => {
      expect((await fetch(base + URL_PATH)).status).toBe(200);
      const answers: Answer[] = [];
      let reading = true;
      const readers = Array.from({ length: READERS }, async () => {
        while (reading) {
          const startedAt = Date.now();
          const status = await fetch(base + URL_PATH, { signal: AbortSignal.timeout(10_000) }).then(
            async (response) => {
              await response.arrayBuffer();
              return response.status;
            },
            (error: Error) => `${error.name}: ${error.message}`,
          );
          answers.push({ startedAt, endedAt: Date.now(), status });
          if (status !== 200) await sleep(20);
        }
      });

      await sleep(1_500);
      const watcher = watchCluster(databaseUrl as string);
      const [version, name] = cluster as [string, string];
      const restartedAt = Date.now();
      await promisify(execFile)("pg_ctlcluster", [version, name, "restart"]);
      const restartReturnedAt = Date.now();
      // Keep reading until a 200 comes back after the cluster is up (or well past the limit).
      for (let waited = 0; waited < RECOVERY_LIMIT_MS * 3; waited += 100) {
        const upAt = watcher.state.upAgainAt ?? restartReturnedAt;
        if (answers.some((answer) => answer.status === 200 && answer.endedAt >= upAt)) break;
        await sleep(100);
      }
      await sleep(1_000);
      reading = false;
      await Promise.all(readers);
      await watcher.stop();

      const acceptingAt = Math.min(watcher.state.upAgainAt ?? restartReturnedAt, restartReturnedAt);
      const firstOkAfter = answers.find((answer) => answer.status === 200 && answer.endedAt >= acceptingAt);
      const during = answers.filter((answer) => answer.endedAt >= restartedAt);
      const counts: Record<string, number> = {};
      for (const answer of during) counts[answer.status] = (counts[answer.status] ?? 0) + 1;
      const recoveryMs = firstOkAfter ? firstOkAfter.endedAt - acceptingAt : Number.POSITIVE_INFINITY;
      console.log(
        `postgres restart under load: cluster down ${watcher.state.upAgainAt && watcher.state.downAt ? watcher.state.upAgainAt - watcher.state.downAt : "?"} ms, ` +
          `first 200 ${recoveryMs} ms after it accepted connections again; answers from the restart on: ${JSON.stringify(counts)}`,
      );

      expect(server.child.exitCode, server.output()).toBeNull();
      expect(server.child.signalCode).toBeNull();
      expect(answers.filter((answer) => answer.status !== 200 && answer.status !== 503)).toEqual([]);
      expect(recoveryMs).toBeLessThanOrEqual(RECOVERY_LIMIT_MS);
      // And the server is still a working server afterwards.
      expect((await fetch(`${base}/api/health`)).status).toBe(200);
    }, 120_000);
  },
);
