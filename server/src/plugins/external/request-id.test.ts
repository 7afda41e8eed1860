import type { FastifyInstance } from "fastify";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildApp } from "../../build-app.ts";
import { loadConfig } from "../../config.ts";
import type { Database } from "../../db/database.ts";
import { databaseLanes } from "../../test/test-database.ts";

const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/** The app over `database`, its log lines kept as parsed JSON. */
async function appWithLog(database: Database) {
  const lines: Record<string, unknown>[] = [];
  const app = await buildApp(
    { config: loadConfig({ LOG_LEVEL: "info" }), database },
    { logger: { level: "info", stream: { write: (line: string) => lines.push(JSON.parse(line)) } } },
  );
  return { app, lines };
}

describe.each(databaseLanes())("request ids on $name", (lane) => {
  let database: Database;
  let app: FastifyInstance;
  let lines: Record<string, unknown>[];
  beforeAll(async () => {
    database = await lane.open();
    await database.migrate();
    ({ app, lines } = await appWithLog(database));
  });
  afterAll(async () => {
    await app?.close();
    await database?.close();
  });

  it("echoes a sane incoming x-request-id", async () => {
    const response = await app.inject({
      method: "GET",
      url: "/api/health",
      headers: { "x-request-id": "lb-7f3a.2024:01_x" },
    });
    expect(response.statusCode).toBe(200);
    expect(response.headers["x-request-id"]).toBe("lb-7f3a.2024:01_x");
  });

  it("generates a UUID when there is none, a new one per request", async () => {
    const first = await app.inject({ method: "GET", url: "/api/health" });
    const second = await app.inject({ method: "GET", url: "/api/health" });
    expect(first.headers["x-request-id"]).toMatch(uuid);
    expect(second.headers["x-request-id"]).toMatch(uuid);
    expect(first.headers["x-request-id"]).not.toBe(second.headers["x-request-id"]);
  });

  it.each([
    ["spaces and quotes", 'a "forged" id'],
    ["a path and markup", "../<script>"],
    ["too long", "a".repeat(129)],
  ])("replaces an incoming id with %s by a generated one", async (_what, incoming) => {
    const response = await app.inject({
      method: "GET",
      url: "/api/health",
      headers: { "x-request-id": incoming },
    });
    expect(response.headers["x-request-id"]).toMatch(uuid);
  });

  it("puts the header on 4xx answers without changing their body", async () => {
    const notFound = await app.inject({ method: "GET", url: "/api/nothing-here" });
    expect(notFound.headers["x-request-id"]).toMatch(uuid);
    expect(Object.keys(notFound.json())).toEqual(["statusCode", "error", "message"]);
    const badQuery = await app.inject({
      method: "GET",
      url: "/api/benchmarks?measure=re-referrals&la=330&year=twenty",
    });
    expect(badQuery.statusCode).toBe(400);
    expect(badQuery.headers["x-request-id"]).toMatch(uuid);
    expect(badQuery.json()).toEqual({ statusCode: 400, error: "Bad Request", message: expect.any(String) });
  });

  it("puts the request id in a 500 body and in the error log line", async () => {
    // A real fault: a database without our tables (never migrated).
    const bare = await lane.open();
    const { app: brokenApp, lines: brokenLines } = await appWithLog(bare);
    try {
      const response = await brokenApp.inject({
        method: "GET",
        url: "/api/areas",
        headers: { "x-request-id": "trace-500" },
      });
      expect(response.statusCode).toBe(500);
      expect(response.headers["x-request-id"]).toBe("trace-500");
      expect(response.json()).toEqual({
        statusCode: 500,
        error: "Internal Server Error",
        message: "Something went wrong on the server. It has been logged; please try again.",
        requestId: "trace-500",
      });
      const logged = brokenLines.find((line) => line.msg === "request failed");
      expect(logged).toMatchObject({ level: 50, reqId: "trace-500", url: "/api/areas" });
      expect(JSON.stringify(logged)).not.toContain("Something went wrong");
    } finally {
      await brokenApp.close();
      await bare.close();
    }
  });

  it("logs no error line for ordinary requests", () => {
    expect(lines.filter((line) => (line.level as number) >= 50)).toEqual([]);
  });
});
