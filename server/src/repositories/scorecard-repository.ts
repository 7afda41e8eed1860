import { and, asc, eq, gte, inArray, lte } from "drizzle-orm";
import type { DbOrTx } from "../db/database.ts";
import {
  areaPopulations,
  areas,
  benchmarks,
  commentaries,
  indicatorRuleVersions,
  indicators,
  observations,
  publishedBaselines,
  targets,
} from "../db/schema.ts";

/**
 * Read-side queries behind the scorecard and series endpoints. Each takes the database or a
 * transaction, and each is one SQL statement: callers combine a fixed number of them per request.
 */

export type AreaRecord = typeof areas.$inferSelect;
export type IndicatorRecord = typeof indicators.$inferSelect;
export type ObservationRow = typeof observations.$inferSelect;
export type TargetRecord = typeof targets.$inferSelect;
export type BenchmarkRecord = typeof benchmarks.$inferSelect;
export type PublishedBaselineRecord = typeof publishedBaselines.$inferSelect;
export type PopulationRow = typeof areaPopulations.$inferSelect;
export type RuleVersionRecord = typeof indicatorRuleVersions.$inferSelect;

export function listAreas(db: DbOrTx, organisationId: number) {
  return db
    .select()
    .from(areas)
    .where(eq(areas.organisationId, organisationId))
    .orderBy(asc(areas.sortOrder), asc(areas.id));
}

export function listIndicators(db: DbOrTx, organisationId: number) {
  return db
    .select()
    .from(indicators)
    .where(eq(indicators.organisationId, organisationId))
    .orderBy(asc(indicators.ref));
}

/** The indicators' earlier rating rules (one indicator's when `indicatorId` is given). */
export function listRuleVersions(db: DbOrTx, organisationId: number, indicatorId?: string) {
  return db
    .select()
    .from(indicatorRuleVersions)
    .where(
      and(
        eq(indicatorRuleVersions.organisationId, organisationId),
        indicatorId ? eq(indicatorRuleVersions.indicatorId, indicatorId) : undefined,
      ),
    )
    .orderBy(asc(indicatorRuleVersions.indicatorId), asc(indicatorRuleVersions.effectiveUntil));
}

export function findObservations(
  db: DbOrTx,
  filter: { areaIds: number[]; periods: string[]; indicatorIds?: string[] },
) {
  if (filter.areaIds.length === 0 || filter.periods.length === 0) return Promise.resolve([]);
  if (filter.indicatorIds?.length === 0) return Promise.resolve([]);
  return db
    .select()
    .from(observations)
    .where(
      and(
        inArray(observations.areaId, filter.areaIds),
        inArray(observations.period, filter.periods),
        filter.indicatorIds ? inArray(observations.indicatorId, filter.indicatorIds) : undefined,
      ),
    );
}

export function findPublishedBaselines(db: DbOrTx, filter: { areaIds: number[]; period: string }) {
  if (filter.areaIds.length === 0) return Promise.resolve([]);
  return db
    .select()
    .from(publishedBaselines)
    .where(
      and(inArray(publishedBaselines.areaId, filter.areaIds), eq(publishedBaselines.period, filter.period)),
    );
}

export function listTargets(db: DbOrTx, organisationId: number) {
  return db
    .select()
    .from(targets)
    .where(eq(targets.organisationId, organisationId))
    .orderBy(asc(targets.indicatorId), asc(targets.effectiveFrom));
}

export function listBenchmarks(db: DbOrTx, organisationId: number) {
  return db
    .select()
    .from(benchmarks)
    .where(eq(benchmarks.organisationId, organisationId))
    .orderBy(asc(benchmarks.indicatorId), asc(benchmarks.effectiveFrom));
}

export function findCommentaries(db: DbOrTx, organisationId: number, period: string) {
  return db
    .select()
    .from(commentaries)
    .where(and(eq(commentaries.organisationId, organisationId), eq(commentaries.period, period)));
}

export function listPopulations(db: DbOrTx, areaIds: number[]) {
  if (areaIds.length === 0) return Promise.resolve([]);
  return db.select().from(areaPopulations).where(inArray(areaPopulations.areaId, areaIds));
}

export async function findIndicator(db: DbOrTx, organisationId: number, id: string) {
  const [indicator] = await db
    .select()
    .from(indicators)
    .where(and(eq(indicators.organisationId, organisationId), eq(indicators.id, id)));
  return indicator ?? null;
}

/** One indicator for some areas over an optional month range: served by the series index. */
export function findSeriesObservations(
  db: DbOrTx,
  filter: { indicatorId: string; areaIds: number[]; from?: string | undefined; to?: string | undefined },
) {
  if (filter.areaIds.length === 0) return Promise.resolve([]);
  return db
    .select()
    .from(observations)
    .where(
      and(
        eq(observations.indicatorId, filter.indicatorId),
        inArray(observations.areaId, filter.areaIds),
        filter.from ? gte(observations.period, filter.from) : undefined,
        filter.to ? lte(observations.period, filter.to) : undefined,
      ),
    )
    .orderBy(asc(observations.period));
}

export function listIndicatorCommentaries(db: DbOrTx, organisationId: number, indicatorId: string) {
  return db
    .select({ period: commentaries.period, body: commentaries.body })
    .from(commentaries)
    .where(and(eq(commentaries.organisationId, organisationId), eq(commentaries.indicatorId, indicatorId)))
    .orderBy(asc(commentaries.period));
}
