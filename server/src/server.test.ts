import { type ChildProcess, spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { Agent, request } from "node:http";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

const serverDirectory = fileURLToPath(new URL("..", import.meta.url));
const ADMIN_TOKEN = "a-test-admin-token-0123456789";

interface Spawned {
  child: ChildProcess;
  output: () => string;
  exited: Promise<number | null>;
}

/** The real server, as `pnpm start` runs it, on its own PGlite directory and a free port. */
function spawnServer(dataDir: string): Spawned {
  const env: NodeJS.ProcessEnv = { ...process.env, DATA_DIR: dataDir, PORT: "0", HOST: "127.0.0.1" };
  env.LOG_LEVEL = "info";
  env.ADMIN_TOKEN = ADMIN_TOKEN;
  delete env.DATABASE_URL;
  const child = spawn(process.execPath, ["--import", "tsx", "src/server.ts"], { cwd: serverDirectory, env });
  let output = "";
  child.stdout?.on("data", (chunk) => {
    output += chunk;
  });
  child.stderr?.on("data", (chunk) => {
    output += chunk;
  });
  const exited = new Promise<number | null>((resolve) => child.once("exit", (code) => resolve(code)));
  return { child, output: () => output, exited };
}

async function listeningPort(server: Spawned): Promise<number> {
  for (;;) {
    const port = /Scorecard is running at http:\/\/localhost:(\d+)/.exec(server.output())?.[1];
    if (port) return Number(port);
    if (server.child.exitCode !== null) throw new Error(`server exited: ${server.output()}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe("the server process", () => {
  let dataDir: string;
  let first: Spawned;
  let port: number;
  beforeAll(async () => {
    dataDir = mkdtempSync(join(tmpdir(), "scorecard-server-"));
    first = spawnServer(dataDir);
    port = await listeningPort(first);
  });
  afterAll(async () => {
    if (first?.child.exitCode === null) {
      first.child.kill("SIGKILL");
      await first.exited;
    }
    rmSync(dataDir, { recursive: true, force: true });
  });

  it("refuses to start a second server on the same DATA_DIR, naming the directory", async () => {
    const second = spawnServer(dataDir);
    expect(await second.exited).toBe(1);
    expect(second.output()).toContain(`The data directory ${dataDir} is in use by another Scorecard server`);
  });

  it("on SIGTERM finishes the request in flight, closes the database and exits 0", async () => {
    // An upload still streaming when the signal arrives: the request is in flight until its body ends.
    const answer = new Promise<{ status: number | undefined; body: string }>((resolve, reject) => {
      const upload = request(
        {
          host: "127.0.0.1",
          port,
          method: "POST",
          path: "/api/admin/statistics?file=slow.csv",
          // A browser-like client that would keep the connection open long after the answer.
          agent: new Agent({ keepAlive: true, timeout: 120_000 }),
          headers: { "content-type": "text/csv", authorization: `Bearer ${ADMIN_TOKEN}` },
        },
        (response) => {
          let body = "";
          response.on("data", (chunk) => {
            body += chunk;
          });
          response.on("end", () => resolve({ status: response.statusCode, body }));
        },
      );
      upload.on("error", reject);
      upload.write("time_period,geographic_level,");
      void pause(500).then(() => {
        first.child.kill("SIGTERM");
        return pause(1_000).then(() => upload.end("not_a_known_column\n"));
      });
    });
    const { status, body } = await answer;
    // The file itself is refused (no known measure): what matters is that it was answered in full.
    expect(status).toBe(422);
    expect(JSON.parse(body)).toMatchObject({ statusCode: 422, message: expect.stringContaining("slow.csv") });
    expect(await first.exited).toBe(0);
    expect(first.output()).toContain('"msg":"shutting down"');
  });
});
