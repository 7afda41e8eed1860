import { PGlite } from "@electric-sql/pglite";
import { drizzle } from "drizzle-orm/pglite";
import { migrate } from "drizzle-orm/pglite/migrator";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Db, migrationsFolder } from "../db/database.ts";
import * as schema from "../db/schema.ts";
import { seedDatabase } from "../db/seed.ts";
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
  });
  afterAll(() => client.close());

  it("reads a scorecard in at most 14 queries for any area and month, however many areas there are", async () => {
    const scorecard = (period: string, area: string) => () => loadScorecardSnapshot(db, { period, area });
    const before = [
      await countQueries(scorecard("2017-12", "city")),
      await countQueries(scorecard("2015-05", "city")),
    ];
    await addWardDistrict(db, ["2017-10", "2017-11", "2017-12"]);
    const after = [
      await countQueries(scorecard("2017-12", "city")),
      await countQueries(scorecard("2017-12", WARD_DISTRICT)),
    ];
    // 14 with children's history to read (the district has no figures of its own); the city has
    // its own figures for every indicator, so it skips that query.
    expect([...before, ...after]).toEqual([13, 13, 13, 14]);
    // An area with no children skips the queries for children's figures.
    expect(await countQueries(scorecard("2017-12", "east"))).toBe(12);
  });

  it("reads a series in 12 queries, and 9 for an indicator DfE does not publish", async () => {
    const series = (indicatorId: string, area: string) => () =>
      loadSeriesSnapshot(db, indicatorId, { area, from: undefined, to: undefined });
    expect(await countQueries(series("re-referrals", "city"))).toBe(12);
    expect(await countQueries(series("re-referrals", "east"))).toBe(12);
    expect(await countQueries(series("adoption-court-to-match", "city"))).toBe(9);
  });
});
