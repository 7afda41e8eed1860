import { PGlite } from "@electric-sql/pglite";
import { drizzle } from "drizzle-orm/pglite";
import { migrate } from "drizzle-orm/pglite/migrator";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Db, migrationsFolder } from "../db/database.ts";
import * as schema from "../db/schema.ts";
import { seedDatabase } from "../db/seed.ts";
import { findOrganisationBySlug, type OrganisationRow } from "../repositories/organisation-repository.ts";
import { addWardDistrict, WARD_DISTRICT } from "../test/read-api-fixture.ts";
import { loadScorecardSnapshot } from "./scorecard-service.ts";
import { loadSeriesSnapshot } from "./series-service.ts";

/**
 * The snapshots are loaded in a fixed number of queries, whatever the number of indicators, areas
 * or months. Counted on PGlite through drizzle's logger (the loaders are the same on PostgreSQL).
 */
describe("snapshot loaders", () => {
  let client: PGlite;
  let db: Db;
  // Resolved once per request by the auth guard, before the loaders run: not counted here.
  let organisation: OrganisationRow;
  const queries: string[] = [];
  const countQueries = async (load: () => Promise<unknown>) => {
    queries.length = 0;
    await load();
    return queries.length;
  };

  beforeAll(async () => {
    client = await PGlite.create();
    const drizzleDb = drizzle({
      client,
      schema,
      casing: "snake_case",
      logger: { logQuery: (query) => queries.push(query) },
    });
    await migrate(drizzleDb, { migrationsFolder });
    db = drizzleDb as unknown as Db;
    await seedDatabase(db);
    const found = await findOrganisationBySlug(db, "birmingham");
    if (!found) throw new Error("seed has no Birmingham");
    organisation = found;
  });
  afterAll(() => client.close());

  it("reads a scorecard in at most 15 queries for any area and month, however many areas there are", async () => {
    const scorecard = (period: string, area: string) => () =>
      loadScorecardSnapshot(db, organisation, { period, area });
    const before = [
      await countQueries(scorecard("2017-12", "city")),
      await countQueries(scorecard("2015-05", "city")),
    ];
    await addWardDistrict(db, ["2017-10", "2017-11", "2017-12"]);
    const after = [
      await countQueries(scorecard("2017-12", "city")),
      await countQueries(scorecard("2017-12", WARD_DISTRICT)),
    ];
    // Two of them find the month's state and corrections (a draft, a revision), one the earlier rating rules, one the LA's stored DfE benchmark figures. 15 with children's history to read (the district has no figures of its own); the city has
    // its own figures for every indicator, so it skips that query.
    expect([...before, ...after]).toEqual([14, 14, 14, 15]);
    // An area with no children skips the queries for children's figures.
    expect(await countQueries(scorecard("2017-12", "east"))).toBe(13);
  });

  it("reads a series in 11 queries (one for corrections, one for earlier rating rules, one for the stored DfE figures), and 10 for an indicator DfE does not publish", async () => {
    const series = (indicatorId: string, area: string) => () =>
      loadSeriesSnapshot(db, organisation, indicatorId, { area, from: undefined, to: undefined });
    expect(await countQueries(series("re-referrals", "city"))).toBe(11);
    expect(await countQueries(series("re-referrals", "east"))).toBe(11);
    expect(await countQueries(series("adoption-court-to-match", "city"))).toBe(10);
  });
});
