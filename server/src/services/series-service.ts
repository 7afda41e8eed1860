import type { SeriesQuery, SeriesResponse } from "@scorecard/shared/api-schema";
import { buildSeries, type SeriesSnapshot } from "@scorecard/shared/build-series";
import type { Db } from "../db/database.ts";
import { loadDfeFigureHistory } from "../dfe-benchmarks/scorecard-benchmarks.ts";
import { NotFoundError } from "../errors.ts";
import { listCorrections } from "../repositories/month-repository.ts";
import type { OrganisationRow } from "../repositories/organisation-repository.ts";
import {
  findIndicator,
  findSeriesObservations,
  listBenchmarks,
  listIndicatorCommentaries,
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

/** Everything one indicator's series for an area is computed from, in a fixed number of queries. */
export async function loadSeriesSnapshot(
  db: Db,
  organisation: OrganisationRow,
  indicatorId: string,
  query: SeriesQuery,
): Promise<SeriesSnapshot> {
  const indicator = await findIndicator(db, organisation.id, indicatorId);
  if (!indicator) throw new NotFoundError(`id: no indicator "${indicatorId}"`);
  const { area, areaList } = await resolveArea(db, organisation, query.area);
  const ids = new AreaIds(areaList);
  const children = areaList.filter((candidate) => candidate.parentId === area.id);

  const laRecord = await findLocalAuthority(db, organisation.oldLaCode);
  const [rows, targetList, benchmarkList, commentaryList, dfe, populations, corrections, ruleVersions] =
    await Promise.all([
      findSeriesObservations(db, {
        indicatorId,
        areaIds: [area.id, ...children.map((child) => child.id)],
        from: query.from,
        to: query.to,
      }),
      listTargets(db, organisation.id),
      listBenchmarks(db, organisation.id),
      listIndicatorCommentaries(db, organisation.id, indicatorId),
      loadDfeFigureHistory(
        db,
        { code: organisation.oldLaCode, regionCode: laRecord?.regionCode ?? null },
        indicator.dfeMeasureId,
      ),
      listPopulations(db, [area.id]),
      listCorrections(db, organisation.id),
      listRuleVersions(db, organisation.id, indicatorId),
    ]);
  return {
    indicator: toIndicatorRules(indicator),
    ruleVersions: ruleVersions.map(toRuleVersion),
    areas: ids.nodes(),
    observations: rows.map((row) => ids.observation(row)),
    targets: targetList.map(toTargetEntry),
    benchmarks: benchmarkList.map(toPaperBenchmark),
    commentaries: commentaryList.map(({ period, body }) => ({ indicatorId, period, body })),
    populations: populations.map((row) => ids.population(row)),
    dfe,
    revisions: corrections.map((row) => ({
      period: row.period,
      revision: row.revision,
      on: row.publishedAt.toISOString().slice(0, 10),
      reason: row.reason ?? "",
    })),
  };
}

/** One indicator over time for one area: load the snapshot, then the shared engine computes it. */
export async function getSeries(
  db: Db,
  organisation: OrganisationRow,
  indicatorId: string,
  query: SeriesQuery,
): Promise<SeriesResponse> {
  return buildSeries(await loadSeriesSnapshot(db, organisation, indicatorId, query), query.area, query);
}
