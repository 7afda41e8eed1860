import { count } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { databaseLanes, openSeededDatabase } from "../test/test-database.ts";
import type { Database } from "./database.ts";
import * as schema from "./schema.ts";
import { seedDatabase, seedIfEmpty } from "./seed.ts";

const tables = {
  organisations: schema.organisations,
  areas: schema.areas,
  areaPopulations: schema.areaPopulations,
  indicators: schema.indicators,
  observations: schema.observations,
  publishedBaselines: schema.publishedBaselines,
  targets: schema.targets,
  benchmarks: schema.benchmarks,
  commentaries: schema.commentaries,
  regions: schema.regions,
  localAuthorities: schema.localAuthorities,
  publishedStatistics: schema.publishedStatistics,
  statisticalNeighbours: schema.statisticalNeighbours,
};

async function rowCounts(database: Database) {
  const counts: Record<string, number> = {};
  for (const [name, table] of Object.entries(tables)) {
    const [row] = await database.db.select({ rows: count() }).from(table);
    counts[name] = row?.rows ?? 0;
  }
  return counts;
}

describe.each(databaseLanes())("seed on $name", (lane) => {
  let database: Database;

  beforeAll(async () => {
    database = await openSeededDatabase(lane);
  });
  afterAll(async () => {
    await database?.close();
  });

  it("loads every table", async () => {
    const counts = await rowCounts(database);
    for (const [name, rows] of Object.entries(counts)) expect(rows, name).toBeGreaterThan(0);
    expect(counts.indicators).toBe(13);
    expect(counts.areas).toBe(7);
    expect(counts.localAuthorities).toBeGreaterThanOrEqual(153);
    expect(counts.statisticalNeighbours).toBeGreaterThan(153 * 10);
  });

  it("is idempotent: seeding again changes nothing, and seedIfEmpty leaves a seeded database alone", async () => {
    const before = await rowCounts(database);
    await seedDatabase(database.db);
    expect(await seedIfEmpty(database.db)).toBe(false);
    expect(await rowCounts(database)).toEqual(before);
  });
});
