import type { ScorecardQuery, ScorecardResponse } from "@scorecard/shared/api-schema";
import { buildScorecard } from "@scorecard/shared/build-scorecard";
import { periodLongLabel } from "@scorecard/shared/periods";
import { rulesInForce } from "@scorecard/shared/rule-in-force";
import {
  type MonthView,
  PUBLISHED_MONTH,
  type ScorecardSnapshot,
  scorecardMonths,
} from "@scorecard/shared/scorecard-snapshot";
import { seesDrafts, type ViewerClass } from "../auth/viewer-class.ts";
import type { Db } from "../db/database.ts";
import { loadDfeFiguresAt } from "../dfe-benchmarks/scorecard-benchmarks.ts";
import { NotFoundError } from "../errors.ts";
import {
  findMonth,
  listCorrections,
  listDraftCommentaries,
  listDraftFigures,
  type MonthRevisionRow,
  type MonthRow,
} from "../repositories/month-repository.ts";
import type { OrganisationRow } from "../repositories/organisation-repository.ts";
import {
  findCommentaries,
  findObservations,
  findPublishedBaselines,
  listBenchmarks,
  listIndicators,
  listPopulations,
  listRuleVersions,
  listTargets,
} from "../repositories/scorecard-repository.ts";
import { findLocalAuthority } from "../repositories/statistics-repository.ts";
import { resolveArea } from "./area-lookup.ts";
import {
  AreaIds,
  toIndicatorRules,
  toPaperBenchmark,
  toRuleVersion,
  toTargetEntry,
} from "./snapshot-records.ts";

/**
 * Which revision of the month a reader gets: editors and above see an open draft; everyone else
 * the published revision, or 404 while the month has never been published.
 */
function monthViewFor(
  month: MonthRow | null,
  corrections: readonly MonthRevisionRow[],
  viewer: ViewerClass,
): MonthView {
  if (!month) return PUBLISHED_MONTH;
  const draftShown = seesDrafts(viewer) && month.state !== "published";
  if (draftShown) return { status: "draft", monthState: month.state, revised: null };
  if (month.publishedRevision === null) {
    throw new NotFoundError(`period: ${periodLongLabel(month.period)} is not published`);
  }
  const correction = corrections.find((row) => row.revision === month.publishedRevision);
  return {
    status: "published",
    monthState: "published",
    revised: correction
      ? {
          revision: correction.revision,
          on: correction.publishedAt.toISOString().slice(0, 10),
          reason: correction.reason ?? "",
        }
      : null,
  };
}

/**
 * Everything the scorecard for an area and month is computed from, in a fixed number of queries
 * (at most sixteen, in six rounds; the organisation comes resolved from the auth guard) whatever
 * the number of indicators, areas or months. A draft shown to an editor replaces the month's
 * published figures and commentary with the draft's; earlier months stay as published.
 */
export async function loadScorecardSnapshot(
  db: Db,
  organisation: OrganisationRow,
  query: ScorecardQuery,
  viewer: ViewerClass = "public",
): Promise<ScorecardSnapshot> {
  const { area, areaList } = await resolveArea(db, organisation, query.area);
  const ids = new AreaIds(areaList);
  const children = areaList.filter((candidate) => candidate.parentId === area.id);
  const childIds = children.map((child) => child.id);

  const [month, corrections] = await Promise.all([
    findMonth(db, organisation.id, query.period),
    listCorrections(db, organisation.id, [query.period]),
  ]);
  const view = monthViewFor(month, corrections, viewer);
  const draft = view.status === "draft";

  const [
    indicatorList,
    ruleVersionList,
    targetList,
    benchmarkList,
    commentaryList,
    baselineList,
    populationList,
    laRecord,
  ] = await Promise.all([
    listIndicators(db, organisation.id),
    listRuleVersions(db, organisation.id),
    listTargets(db, organisation.id),
    listBenchmarks(db, organisation.id),
    draft
      ? listDraftCommentaries(db, organisation.id, query.period)
      : findCommentaries(db, organisation.id, query.period),
    findPublishedBaselines(db, { areaIds: [area.id], period: query.period }),
    listPopulations(db, [area.id, ...childIds]),
    findLocalAuthority(db, organisation.oldLaCode),
  ]);
  // The area's own months for baselines, and its children's figures for this month only: an area
  // with 80 wards must not drag 80 × 13 months of rows into every scorecard. (Grandchildren are
  // not read, so a child made only of wards shows no figure on its parent's scorecard.)
  const indicatorRules = indicatorList.map(toIndicatorRules);
  const ruleVersions = ruleVersionList.map(toRuleVersion);
  // A fixed baseline month is read from the rule in force in the month shown.
  const months = scorecardMonths(query.period, rulesInForce(indicatorRules, ruleVersions, query.period));
  const [dfe, publishedOwnRows, publishedChildRows, draftRows] = await Promise.all([
    loadDfeFiguresAt(
      db,
      { code: organisation.oldLaCode, regionCode: laRecord?.regionCode ?? null },
      indicatorList.flatMap((indicator) => indicator.dfeMeasureId ?? []),
      query.period,
    ),
    findObservations(db, { areaIds: [area.id], periods: months }),
    draft ? Promise.resolve([]) : findObservations(db, { areaIds: childIds, periods: [query.period] }),
    draft ? listDraftFigures(db, organisation.id, query.period) : Promise.resolve([]),
  ]);
  const draftAsObservations = draftRows.map((row) => ({
    ...row,
    source: "published" as const,
    updatedAt: new Date(0),
  }));
  const ownRows = draft
    ? [
        ...publishedOwnRows.filter((row) => row.period !== query.period),
        ...draftAsObservations.filter((row) => row.areaId === area.id),
      ]
    : publishedOwnRows;
  const childRows = draft
    ? draftAsObservations.filter((row) => childIds.includes(row.areaId))
    : publishedChildRows;
  // Only an indicator the area has no figures of its own for is built from its children's history.
  const withOwnFigures = new Set(ownRows.map((row) => row.indicatorId));
  const childHistory = await findObservations(db, {
    areaIds: childIds,
    periods: months.filter((month) => month !== query.period),
    indicatorIds: indicatorList.map((indicator) => indicator.id).filter((id) => !withOwnFigures.has(id)),
  });

  return {
    indicators: indicatorRules,
    ruleVersions,
    areas: ids.nodes(),
    observations: [...ownRows, ...childRows, ...childHistory].map((row) => ids.observation(row)),
    printedBaselines: baselineList.map((row) => ({
      areaId: ids.slug(row.areaId),
      period: row.period,
      indicatorId: row.indicatorId,
      breakdown: row.breakdown,
      label: row.label,
      numerator: row.numerator,
      denominator: row.denominator,
      value: row.value,
    })),
    targets: targetList.map(toTargetEntry),
    benchmarks: benchmarkList.map(toPaperBenchmark),
    commentaries: commentaryList.map(({ indicatorId, period, body }) => ({ indicatorId, period, body })),
    populations: populationList.map((row) => ids.population(row)),
    dfe,
    month: view,
  };
}

/** The monthly scorecard for an area: load the snapshot, then the shared engine computes it. */
export async function getScorecard(
  db: Db,
  organisation: OrganisationRow,
  query: ScorecardQuery,
  viewer: ViewerClass,
): Promise<ScorecardResponse> {
  return buildScorecard(
    await loadScorecardSnapshot(db, organisation, query, viewer),
    query.period,
    query.area,
  );
}
