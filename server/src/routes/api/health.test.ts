import type { FastifyInstance } from "fastify";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "../../db/database.ts";
import { buildTestApp } from "../../test/test-app.ts";
import { databaseLanes, openSeededDatabase } from "../../test/test-database.ts";

describe.each(databaseLanes())("health and errors on $name", (lane) => {
  let database: Database;
  let app: FastifyInstance;

  beforeAll(async () => {
    database = await openSeededDatabase(lane);
    app = await buildTestApp(database);
  });
  afterAll(async () => {
    await app?.close();
    await database?.close();
  });

  it("reports ok and which database it uses", async () => {
    const response = await app.inject({ method: "GET", url: "/api/health" });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toEqual({ status: "ok", database: lane.name });
  });

  it("answers unknown API routes with 404 JSON", async () => {
    const response = await app.inject({ method: "GET", url: "/api/nothing-here" });
    expect(response.statusCode).toBe(404);
    expect(response.headers["content-type"]).toMatch(/application\/json/);
    expect(response.json()).toMatchObject({ statusCode: 404, error: "Not Found" });
    expect(response.json().message).toContain("/api/nothing-here");
  });

  it("publishes an OpenAPI document generated from the shared schemas", async () => {
    const response = await app.inject({ method: "GET", url: "/api/docs/json" });
    expect(response.statusCode).toBe(200);
    const document = response.json();
    expect(document.openapi).toMatch(/^3\./);
    expect(Object.keys(document.paths)).toEqual(expect.arrayContaining(["/api/health", "/api/scorecard"]));
    expect(JSON.stringify(document.paths["/api/scorecard"])).toContain("period");
  });
});
