import { mkdtempSync, rmSync } from "node:fs";
import { Agent, request } from "node:http";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { killServer, listeningPort, type SpawnedServer, spawnServer } from "./test/spawned-server.ts";

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe("the server process", () => {
  let dataDir: string;
  let first: SpawnedServer;
  let port: number;
  beforeAll(async () => {
    dataDir = mkdtempSync(join(tmpdir(), "scorecard-server-"));
    first = spawnServer({ DATA_DIR: dataDir });
    port = await listeningPort(first);
  });
  afterAll(async () => {
    await killServer(first);
    rmSync(dataDir, { recursive: true, force: true });
  });

  it("refuses to start a second server on the same DATA_DIR, naming the directory", async () => {
    const second = spawnServer({ DATA_DIR: dataDir });
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
          path: "/api/session",
          // A browser-like client that would keep the connection open long after the answer.
          agent: new Agent({ keepAlive: true, timeout: 120_000 }),
          headers: { "content-type": "application/json" },
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
      upload.write('{"email": "someone@example.org", ');
      void pause(500).then(() => {
        first.child.kill("SIGTERM");
        return pause(1_000).then(() => upload.end('"password": "not-their-password-42"}'));
      });
    });
    const { status, body } = await answer;
    // The sign-in itself is refused (no such account): what matters is that it was answered in full.
    expect(status).toBe(401);
    expect(JSON.parse(body)).toMatchObject({ statusCode: 401 });
    expect(await first.exited).toBe(0);
    expect(first.output()).toContain('"msg":"shutting down"');
  });
});
