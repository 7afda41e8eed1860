import { randomBytes } from "node:crypto";
import { sql } from "drizzle-orm";
import type { FastifyInstance } from "fastify";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildApp } from "../../build-app.ts";
import { loadConfig } from "../../config.ts";
import { isDatabaseUnavailableError } from "../../db/connection-errors.ts";
import { createPostgres, type Database } from "../../db/database.ts";
import { seedDatabase } from "../../db/seed.ts";
import { dropDatabase } from "../../db/throwaway-database.ts";
import { DATABASE_UNAVAILABLE_MESSAGE } from "../../errors.ts";
import { buildTestApp } from "../../test/test-app.ts";
import { closedPort, postgresAt, silentPort } from "../../test/unreachable-postgres.ts";

const unavailable = {
  statusCode: 503,
  error: "Service Unavailable",
  message: DATABASE_UNAVAILABLE_MESSAGE,
  requestId: expect.any(String),
};

describe("with the database out of reach (a real pool on a closed port)", () => {
  let database: Database;
  let app: FastifyInstance;
  const lines: Record<string, unknown>[] = [];
  beforeAll(async () => {
    ({ database } = postgresAt(await closedPort()));
    app = await buildApp(
      { config: loadConfig({ LOG_LEVEL: "info" }), database },
      { logger: { level: "info", stream: { write: (line: string) => lines.push(JSON.parse(line)) } } },
    );
  });
  afterAll(async () => {
    await app?.close();
    await database?.close();
  });

  it("answers API reads 503 JSON naming the database, with the request id", async () => {
    for (const url of ["/api/scorecard?period=2017-12", "/api/areas", "/api/indicators"]) {
      const response = await app.inject({ method: "GET", url });
      expect(response.statusCode, url).toBe(503);
      expect(response.headers["content-type"]).toMatch(/application\/json/);
      const body = response.json();
      expect(body).toEqual(unavailable);
      expect(response.headers["x-request-id"]).toBe(body.requestId);
    }
  });

  it("logs the cause under the same request id", async () => {
    const response = await app.inject({
      method: "GET",
      url: "/api/areas",
      headers: { "x-request-id": "trace-503" },
    });
    expect(response.json().requestId).toBe("trace-503");
    const logged = lines.find((line) => line.reqId === "trace-503" && line.level === 50);
    expect(logged).toMatchObject({ msg: "database unavailable", url: "/api/areas" });
    expect(JSON.stringify(logged)).toContain("ECONNREFUSED");
  });

  it("reports health 503 with the database unavailable", async () => {
    const response = await app.inject({ method: "GET", url: "/api/health" });
    expect(response.statusCode).toBe(503);
    expect(response.json()).toEqual({ ...unavailable, status: "unavailable", database: "unavailable" });
  });
});

describe("with a database server that accepts and never answers", () => {
  it("gives up after the connect timeout and answers 503 rather than hanging", async () => {
    const silent = await silentPort();
    const { database } = postgresAt(silent.port);
    const app = await buildTestApp(database);
    try {
      const response = await app.inject({ method: "GET", url: "/api/areas" });
      expect(response.statusCode).toBe(503);
      expect(response.json()).toEqual(unavailable);
    } finally {
      await app.close();
      await database.close();
      await silent.close();
    }
  });
});

const serverUrl = process.env.TEST_DATABASE_URL;

describe.skipIf(!serverUrl)("on postgres, when the server ends our connections (57P01)", () => {
  const name = `scorecard_test_${randomBytes(6).toString("hex")}`;
  let pool: pg.Pool;
  let database: Database;
  let app: FastifyInstance;
  const logged: Error[] = [];

  /** What `pg_ctlcluster restart` does to each of our sessions: an admin-command termination. */
  async function terminateOurConnections() {
    const admin = new pg.Client({ connectionString: serverUrl });
    await admin.connect();
    try {
      await admin.query(
        "select pg_terminate_backend(pid) from pg_stat_activity where datname = $1 and pid <> pg_backend_pid()",
        [name],
      );
    } finally {
      await admin.end();
    }
  }

  async function until(condition: () => boolean) {
    for (let i = 0; i < 100 && !condition(); i++) await new Promise((resolve) => setTimeout(resolve, 20));
  }

  beforeAll(async () => {
    const admin = new pg.Client({ connectionString: serverUrl });
    await admin.connect();
    await admin.query(`create database ${name}`);
    await admin.end();
    const url = new URL(serverUrl as string);
    url.pathname = `/${name}`;
    ({ database, pool } = createPostgres(url.toString(), {
      logConnectionError: (error) => logged.push(error),
    }));
    await database.migrate();
    await seedDatabase(database.db);
    app = await buildTestApp(database);
  });
  afterAll(async () => {
    await app?.close();
    await database?.close();
    if (serverUrl) await dropDatabase(serverUrl, name);
  });

  it("survives losing idle connections and answers from new ones", async () => {
    expect((await app.inject({ method: "GET", url: "/api/areas" })).statusCode).toBe(200);
    expect(pool.idleCount).toBeGreaterThan(0);
    const before = logged.length;
    await terminateOurConnections();
    await until(() => logged.length > before);
    expect(logged.slice(before).map((error) => (error as { code?: string }).code)).toContain("57P01");
    expect((await app.inject({ method: "GET", url: "/api/areas" })).statusCode).toBe(200);
    expect((await app.inject({ method: "GET", url: "/api/health" })).statusCode).toBe(200);
  });

  it("survives losing a connection inside a transaction, whose error reads as unavailable", async () => {
    const failed = await database.db
      .transaction(async (tx) => {
        await tx.execute(sql`select 1`);
        await terminateOurConnections();
        await until(() => logged.some((error) => (error as { code?: string }).code === "57P01"));
        await tx.execute(sql`select 1`);
      })
      .then(
        () => undefined,
        (error: unknown) => error,
      );
    expect(failed).toBeDefined();
    expect(isDatabaseUnavailableError(failed)).toBe(true);
    expect((await app.inject({ method: "GET", url: "/api/areas" })).statusCode).toBe(200);
  });
});
