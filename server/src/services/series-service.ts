import type { SeriesQuery, SeriesResponse } from "@scorecard/shared/api-schema";
import { inForceAt } from "@scorecard/shared/in-force";
import type { Polarity, Unit } from "@scorecard/shared/indicator-schema";
import { monthsBetween } from "@scorecard/shared/periods";
import { ragRating } from "@scorecard/shared/rag-rating";
import { xmrChart } from "@scorecard/shared/xmr-chart";
import type { Db } from "../db/database.ts";
import { NotFoundError } from "../errors.ts";
import {
  findIndicator,
  findSeriesObservations,
  listBenchmarks,
  listIndicatorCommentaries,
  listPopulations,
  listTargets,
} from "../repositories/scorecard-repository.ts";
import { findLocalAuthority } from "../repositories/statistics-repository.ts";
import { dfeBenchmarkHistory } from "../statistics/scorecard-benchmarks.ts";
import { resolveOrganisationArea } from "./area-lookup.ts";
import { ObservationIndex, ratePer10kFor, resolveFigure } from "./observation-index.ts";

const improvementFor = (polarity: Polarity) =>
  polarity === "higher_is_better" ? "increase" : polarity === "lower_is_better" ? "decrease" : "neutral";

/** One indicator over time for one area, with each month's target and rating and an XmR chart. */
export async function getSeries(db: Db, indicatorId: string, query: SeriesQuery): Promise<SeriesResponse> {
  const indicator = await findIndicator(db, indicatorId);
  if (!indicator) throw new NotFoundError(`id: no indicator "${indicatorId}"`);
  const { organisation, area, areaList } = await resolveOrganisationArea(db, query.area);
  const children = areaList.filter((candidate) => candidate.parentId === area.id);

  const laRecord = await findLocalAuthority(db, organisation.oldLaCode);
  const [rows, targetList, benchmarkList, commentaryList, dfeHistory, populations] = await Promise.all([
    findSeriesObservations(db, {
      indicatorId,
      areaIds: [area.id, ...children.map((child) => child.id)],
      from: query.from,
      to: query.to,
    }),
    listTargets(db, organisation.id),
    listBenchmarks(db, organisation.id),
    listIndicatorCommentaries(db, organisation.id, indicatorId),
    dfeBenchmarkHistory(
      db,
      { code: organisation.oldLaCode, regionCode: laRecord?.regionCode ?? null },
      indicatorId,
    ),
    listPopulations(db, [area.id]),
  ]);
  // Over time the chart shows DfE's figures where DfE publishes that kind; the paper's only elsewhere.
  const dfeKinds = new Set(dfeHistory.map((benchmark) => benchmark.kind));
  const index = new ObservationIndex(rows);
  const polarity = indicator.polarity as Polarity;
  const targetHistory = targetList.filter((entry) => entry.indicatorId === indicatorId);

  const periods = rows.map((row) => row.period);
  const first = query.from ?? periods[0];
  const last = query.to ?? periods.at(-1);
  const months = first && last ? monthsBetween(first, last) : [];

  const points = months.flatMap((period) => {
    const figure = resolveFigure(indicator, area, children, period, index);
    if (!figure) return [];
    const target = inForceAt(targetHistory, period)?.value ?? null;
    return [
      {
        period,
        ...figure,
        ratePer10k: ratePer10kFor(indicator, figure, populations, period),
        target,
        rag: ragRating({ value: figure.value, target, polarity, tolerance: indicator.tolerance }),
      },
    ];
  });

  const charted = points.filter((point): point is typeof point & { value: number } => point.value !== null);
  const improvement = improvementFor(polarity);
  const latestTarget =
    charted.length > 0 ? (inForceAt(targetHistory, charted.at(-1)?.period ?? "")?.value ?? null) : null;
  const chart = xmrChart(
    charted.map((point) => point.value),
    { improvement, target: latestTarget },
  );

  return {
    indicatorId,
    areaId: area.slug,
    unit: indicator.unit as Unit,
    points,
    spc: {
      ...chart,
      points: chart.points.map((point, i) => ({ ...point, period: charted[i]?.period ?? "" })),
      improvement,
      target: latestTarget,
    },
    benchmarks: [
      ...dfeHistory,
      ...benchmarkList
        .filter((entry) => entry.indicatorId === indicatorId && !dfeKinds.has(entry.kind))
        .map((entry) => ({
          kind: entry.kind,
          value: entry.value,
          unit: entry.unit as Unit,
          period: entry.periodLabel,
          source: entry.source,
          origin: "paper" as const,
          effectiveFrom: entry.effectiveFrom,
        })),
    ],
    commentary: commentaryList.filter(
      (entry) => (!query.from || entry.period >= query.from) && (!query.to || entry.period <= query.to),
    ),
  };
}
