import { and, asc, eq, inArray } from "drizzle-orm";
import type { DbOrTx } from "../db/database.ts";
import { localAuthorities, publishedStatistics, regions, statisticalNeighbours } from "../db/schema.ts";

/** Queries over DfE's published statistics; each is one statement. */

export type StatisticRecord = typeof publishedStatistics.$inferSelect;

export async function findLocalAuthority(db: DbOrTx, code: string) {
  const [la] = await db.select().from(localAuthorities).where(eq(localAuthorities.code, code));
  return la ?? null;
}

export function listLocalAuthorities(db: DbOrTx) {
  return db.select().from(localAuthorities).orderBy(asc(localAuthorities.name));
}

export async function findRegion(db: DbOrTx, code: string) {
  const [region] = await db.select().from(regions).where(eq(regions.code, code));
  return region ?? null;
}

/** Every area's figure for a measure, all years or one. */
export function listStatistics(db: DbOrTx, measureId: string, year?: number) {
  return db
    .select()
    .from(publishedStatistics)
    .where(
      and(
        eq(publishedStatistics.measureId, measureId),
        year === undefined ? undefined : eq(publishedStatistics.year, year),
      ),
    )
    .orderBy(asc(publishedStatistics.year), asc(publishedStatistics.code));
}

/** The statistics for several measures in the given years: the scorecard's benchmark lookup. */
export function listStatisticsFor(db: DbOrTx, measureIds: string[], years: number[]) {
  if (measureIds.length === 0 || years.length === 0) return Promise.resolve([]);
  return db
    .select()
    .from(publishedStatistics)
    .where(and(inArray(publishedStatistics.measureId, measureIds), inArray(publishedStatistics.year, years)));
}

export function listYears(db: DbOrTx) {
  return db
    .selectDistinct({ measureId: publishedStatistics.measureId, year: publishedStatistics.year })
    .from(publishedStatistics)
    .orderBy(asc(publishedStatistics.measureId), asc(publishedStatistics.year));
}

export function listNeighbours(db: DbOrTx, model: string, laCode: string) {
  return db
    .select()
    .from(statisticalNeighbours)
    .where(and(eq(statisticalNeighbours.model, model), eq(statisticalNeighbours.laCode, laCode)))
    .orderBy(asc(statisticalNeighbours.position));
}

/** Every year's figures of several measures: what the read model of benchmarks is built from. */
export function listStatisticsOf(db: DbOrTx, measureIds: string[]) {
  if (measureIds.length === 0) return Promise.resolve([]);
  return db.select().from(publishedStatistics).where(inArray(publishedStatistics.measureId, measureIds));
}

/** Every model's neighbours of every LA, closest first. */
export function listAllNeighbours(db: DbOrTx) {
  return db
    .select()
    .from(statisticalNeighbours)
    .orderBy(
      asc(statisticalNeighbours.model),
      asc(statisticalNeighbours.laCode),
      asc(statisticalNeighbours.position),
    );
}

/** Directory names of some LAs. */
export function listLocalAuthorityNames(db: DbOrTx, codes: string[]) {
  if (codes.length === 0) return Promise.resolve([]);
  return db
    .select({ code: localAuthorities.code, name: localAuthorities.name })
    .from(localAuthorities)
    .where(inArray(localAuthorities.code, codes));
}
