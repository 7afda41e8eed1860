import { randomBytes } from "node:crypto";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import pg from "pg";
import { afterAll, describe, expect, it } from "vitest";
import { dropDatabase } from "../db/throwaway-database.ts";
import { killServer, listeningPort, type SpawnedServer, spawnServer } from "../test/spawned-server.ts";

/**
 * `kill -9` of the real server in the middle of an upload leaves the previous draft whole: the
 * upload is one transaction, so after a restart the month holds either the old figures or the new,
 * never a mixture. On PostgreSQL the kill lands while the new rows are being inserted.
 */
const ADMIN = { email: "crash-admin@example.org", password: "plum-harbour-lantern-7" };
const PERIOD = "2018-06";
const HEADER = "indicator,area,breakdown,numerator,denominator,value";
const SMALL_ROWS = 5;
const BIG_ROWS = 40_000;

const fileOf = (rows: number, numerator: number) =>
  [HEADER, ...Array.from({ length: rows }, (_, i) => `re-referrals,city,part-${i},${numerator},100,`)].join(
    "\n",
  );

async function signedIn(base: string) {
  const response = await fetch(`${base}/api/session`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify(ADMIN),
  });
  if (response.status !== 200) throw new Error(`sign-in failed: ${response.status} ${await response.text()}`);
  const cookie = (response.headers.get("set-cookie") ?? "").split(";")[0] ?? "";
  const { csrfToken } = (await response.json()) as { csrfToken: string };
  return { cookie, "x-csrf-token": csrfToken };
}

const lanes = [
  { name: "pglite", postgres: false },
  ...(process.env.TEST_DATABASE_URL ? [{ name: "postgres", postgres: true }] : []),
];

describe.each(lanes)("kill -9 mid-upload on $name", ({ postgres }) => {
  let server: SpawnedServer | undefined;
  let dataDir = "";
  let databaseUrl = "";
  const serverUrl = process.env.TEST_DATABASE_URL ?? "";
  const databaseName = `scorecard_crash_${randomBytes(5).toString("hex")}`;

  afterAll(async () => {
    await killServer(server);
    if (dataDir) await rm(dataDir, { recursive: true, force: true });
    if (postgres) await dropDatabase(serverUrl, databaseName);
  });

  async function start() {
    const env: Record<string, string> = {
      ADMIN_EMAIL: ADMIN.email,
      ADMIN_PASSWORD: ADMIN.password,
      LOG_LEVEL: "warn",
    };
    if (postgres) env.DATABASE_URL = databaseUrl;
    else env.DATA_DIR = dataDir;
    server = spawnServer(env);
    return `http://127.0.0.1:${await listeningPort(server)}`;
  }

  it("keeps the previous draft whole", async () => {
    if (postgres) {
      const admin = new pg.Client({ connectionString: serverUrl });
      await admin.connect();
      await admin.query(`create database ${databaseName}`);
      await admin.end();
      const url = new URL(serverUrl);
      url.pathname = `/${databaseName}`;
      databaseUrl = url.toString();
    } else {
      dataDir = await mkdtemp(join(tmpdir(), "scorecard-crash-"));
    }
    let base = await start();
    let headers = await signedIn(base);
    const upload = (rows: number, numerator: number) =>
      fetch(`${base}/api/orgs/birmingham/months/${PERIOD}/figures`, {
        method: "POST",
        headers: { ...headers, "content-type": "text/csv" },
        body: fileOf(rows, numerator),
      });
    expect((await upload(SMALL_ROWS, 7)).status).toBe(200);

    const inFlight = upload(BIG_ROWS, 9).catch(() => "connection lost");
    if (postgres) {
      // Wait until the big insert is running inside its transaction, then kill.
      const watcher = new pg.Client({ connectionString: databaseUrl });
      await watcher.connect();
      for (let i = 0; i < 300; i++) {
        const { rows } = await watcher.query(
          "select 1 from pg_stat_activity where datname = current_database() and state = 'active' and pid <> pg_backend_pid() and query ilike '%insert into draft_figures%'",
        );
        if (rows.length > 0) break;
        await new Promise((resolve) => setTimeout(resolve, 10));
      }
      await watcher.end();
    } else {
      await new Promise((resolve) => setTimeout(resolve, 400));
    }
    server?.child.kill("SIGKILL");
    await server?.exited;
    await inFlight;

    base = await start();
    headers = await signedIn(base);
    const detail = await fetch(`${base}/api/orgs/birmingham/months/${PERIOD}`, {
      headers: { cookie: headers.cookie },
    });
    expect(detail.status).toBe(200);
    const { figures } = (await detail.json()) as { figures: { numerator: number }[] };
    const numerators = new Set(figures.map((figure) => figure.numerator));
    // Whole: all old or all new, never some of each.
    expect(numerators.size).toBe(1);
    const whole = numerators.has(7) ? SMALL_ROWS : BIG_ROWS;
    expect(figures).toHaveLength(whole);
    if (postgres) expect([...numerators]).toEqual([7]);
    console.log(
      `kill -9 mid-upload (${postgres ? "postgres" : "pglite"}): after restart the draft holds ${figures.length} rows, all ${numerators.has(7) ? "from before" : "from the new upload"}`,
    );
  }, 120_000);
});
