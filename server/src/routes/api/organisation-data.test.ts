import type { ScorecardResponse } from "@scorecard/shared/api-schema";
import type { Organisation } from "@scorecard/shared/auth-schema";
import type { FastifyInstance } from "fastify";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createOrganisation } from "../../auth/organisation-service.ts";
import { systemActor } from "../../db/write-transaction.ts";
import { makeUser, signIn } from "../../test/auth-fixture.ts";
import { useSeededApp } from "../../test/seeded-app.ts";
import { buildTestApp } from "../../test/test-app.ts";
import { databaseLanes } from "../../test/test-database.ts";

describe.each(databaseLanes())("organisation-scoped reads on $name", (lane) => {
  const context = useSeededApp(lane);
  const get = (url: string, headers: Record<string, string> = {}) => context.app.inject({ url, headers });
  const cli = { actor: systemActor("test"), organisationId: null };

  beforeAll(async () => {
    await createOrganisation(context.database.db, cli, { laCode: "331", isPublic: true });
    await createOrganisation(context.database.db, cli, { laCode: "332", slug: "dudley", isPublic: false });
  });

  it("answers /api/orgs/birmingham/… exactly as the unscoped routes answer for the default organisation", async () => {
    for (const path of [
      "scorecard?period=2017-12&area=east",
      "areas",
      "indicators",
      "periods",
      "indicators/re-referrals/series?area=city",
      "indicators/cp-plans/targets",
    ]) {
      const scoped = await get(`/api/orgs/birmingham/${path}`);
      const unscoped = await get(`/api/${path}`);
      expect(scoped.statusCode, path).toBe(200);
      expect(scoped.body, path).toBe(unscoped.body);
    }
  });

  it("starts a new organisation with its whole authority, ONS population and the standard catalogue, and none of Birmingham's data", async () => {
    const areas = (await get("/api/orgs/coventry/areas")).json();
    expect(areas.areas).toEqual([
      expect.objectContaining({ id: "city", name: "Coventry", kind: "city", parentId: null }),
    ]);
    expect(areas.areas[0].population).toBeGreaterThan(50_000);
    const indicators = (await get("/api/orgs/coventry/indicators")).json();
    const birminghamIndicators = (await get("/api/orgs/birmingham/indicators")).json();
    expect(indicators).toEqual(birminghamIndicators);
    expect((await get("/api/orgs/coventry/periods")).json()).toEqual({ periods: [] });

    const scorecard = (await get("/api/orgs/coventry/scorecard?period=2017-12")).json() as ScorecardResponse;
    expect(scorecard.area).toEqual({ id: "city", name: "Coventry" });
    for (const row of scorecard.rows) {
      expect(row.value, row.indicatorId).toBeNull();
      expect(row.target, row.indicatorId).toBeNull();
      expect(row.commentary, row.indicatorId).toBeNull();
      expect(
        row.benchmarks.every((benchmark) => benchmark.origin === "dfe"),
        row.indicatorId,
      ).toBe(true);
    }
    const targets = (await get("/api/orgs/coventry/indicators/cp-plans/targets")).json();
    expect(targets.targets).toEqual([]);
  });

  it("names an unknown organisation and an unknown area", async () => {
    const unknown = await get("/api/orgs/atlantis/scorecard?period=2017-12");
    expect(unknown.statusCode).toBe(404);
    expect(unknown.json().message).toBe('org: no organisation "atlantis"');
    const badSlug = await get("/api/orgs/Not%20A%20Slug/areas");
    expect(badSlug.statusCode).toBeGreaterThanOrEqual(400);
    expect(badSlug.statusCode).toBeLessThan(500);
    const area = await get("/api/orgs/coventry/scorecard?period=2017-12&area=east");
    expect(area.statusCode).toBe(404);
    expect(area.json().message).toMatch(/^area: no area "east"; known areas: city$/);
  });

  it("keeps a private organisation's data from anonymous readers and other organisations' people", async () => {
    expect((await get("/api/orgs/dudley/scorecard?period=2017-12")).statusCode).toBe(401);
    const organisations = (await get("/api/orgs")).json() as Organisation[];
    expect(organisations.map((o) => o.slug)).not.toContain("dudley");
    const birminghamRow = organisations.find((o) => o.slug === "birmingham");
    expect(birminghamRow?.isDefault).toBe(true);

    const ids = await context.database.db.query.organisations.findMany();
    const idOf = (slug: string) => ids.find((o) => o.slug === slug)?.id as number;
    const outsider = await makeUser(context.database, {
      organisationId: idOf("birmingham"),
      role: "org_admin",
    });
    const asOutsider = await signIn(context.app, outsider.email);
    expect((await get("/api/orgs/dudley/areas", { cookie: asOutsider.cookie })).statusCode).toBe(403);
    const viewer = await makeUser(context.database, { organisationId: idOf("dudley"), role: "viewer" });
    const asViewer = await signIn(context.app, viewer.email);
    const allowed = await get("/api/orgs/dudley/areas", { cookie: asViewer.cookie });
    expect(allowed.statusCode).toBe(200);
    expect(allowed.json().areas[0].name).toBe("Dudley");
    const seen = (await get("/api/orgs", { cookie: asViewer.cookie })).json() as Organisation[];
    expect(seen.map((o) => o.slug)).toContain("dudley");
  });

  describe("with DEFAULT_ORG", () => {
    let app: FastifyInstance;
    beforeAll(async () => {
      app = await buildTestApp(context.database, { DEFAULT_ORG: "coventry" });
    });
    afterAll(() => app.close());

    it("serves that organisation on the unscoped routes and flags it in the list", async () => {
      const scorecard = (await app.inject({ url: "/api/scorecard?period=2017-12" })).json();
      expect(scorecard.area.name).toBe("Coventry");
      const organisations = (await app.inject({ url: "/api/orgs" })).json() as Organisation[];
      expect(organisations.filter((o) => o.isDefault).map((o) => o.slug)).toEqual(["coventry"]);
    });
  });
});
