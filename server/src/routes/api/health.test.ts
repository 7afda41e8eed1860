import { describe, expect, it } from "vitest";
import { useSeededApp } from "../../test/seeded-app.ts";
import { databaseLanes } from "../../test/test-database.ts";

describe.each(databaseLanes())("health and errors on $name", (lane) => {
  const seeded = useSeededApp(lane);

  it("reports ok and which database it uses", async () => {
    const response = await seeded.app.inject({ method: "GET", url: "/api/health" });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toEqual({ status: "ok", database: lane.name });
  });

  it("answers unknown API routes with 404 JSON", async () => {
    const response = await seeded.app.inject({ method: "GET", url: "/api/nothing-here" });
    expect(response.statusCode).toBe(404);
    expect(response.headers["content-type"]).toMatch(/application\/json/);
    expect(response.json()).toMatchObject({ statusCode: 404, error: "Not Found" });
    expect(response.json().message).toContain("/api/nothing-here");
  });

  it("publishes an OpenAPI document generated from the shared schemas", async () => {
    const response = await seeded.app.inject({ method: "GET", url: "/api/docs/json" });
    expect(response.statusCode).toBe(200);
    const document = response.json();
    expect(document.openapi).toMatch(/^3\./);
    expect(Object.keys(document.paths)).toEqual(expect.arrayContaining(["/api/health", "/api/scorecard"]));
    expect(JSON.stringify(document.paths["/api/scorecard"])).toContain("period");
    const reference = await seeded.app.inject({ method: "GET", url: "/api/docs/" });
    expect(reference.statusCode).toBe(200);
    expect(reference.headers["content-type"]).toMatch(/text\/html/);
  });
});
