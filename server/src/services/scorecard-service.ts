import { baselineValue } from "@scorecard/shared/aggregation";
import type {
  BenchmarkValue,
  ScorecardQuery,
  ScorecardResponse,
  ScorecardRow,
} from "@scorecard/shared/api-schema";
import { inForceAt } from "@scorecard/shared/in-force";
import type { BaselineKind, MeasureKind, Polarity, Unit } from "@scorecard/shared/indicator-schema";
import { previousMonths } from "@scorecard/shared/periods";
import { ragRating } from "@scorecard/shared/rag-rating";
import { trendRating } from "@scorecard/shared/trend-rating";
import type { Db } from "../db/database.ts";
import {
  type BenchmarkRecord,
  findCommentaries,
  findObservations,
  findPublishedBaselines,
  type IndicatorRecord,
  listBenchmarks,
  listIndicators,
  listPopulations,
  listTargets,
  type PublishedBaselineRecord,
} from "../repositories/scorecard-repository.ts";
import { findLocalAuthority } from "../repositories/statistics-repository.ts";
import { SN_MODEL_LABELS, snModelInForce } from "../statistics/benchmark-measures.ts";
import { dfeBenchmarksAt } from "../statistics/scorecard-benchmarks.ts";
import { resolveOrganisationArea } from "./area-lookup.ts";
import {
  displayValue,
  HEADLINE,
  ObservationIndex,
  ratePer10kFor,
  resolveFigure,
} from "./observation-index.ts";

/** Months read for one scorecard: the month, the 12 before it (baselines) and any fixed baseline months. */
function monthsNeeded(period: string, indicatorList: readonly IndicatorRecord[]): string[] {
  const months = new Set([...previousMonths(period, 12), period]);
  for (const indicator of indicatorList) if (indicator.baselineMonth) months.add(indicator.baselineMonth);
  return [...months];
}

export function benchmarksInForce(history: readonly BenchmarkRecord[], period: string): BenchmarkValue[] {
  const kinds = ["national", "statistical_neighbours", "regional"] as const;
  return kinds.flatMap((kind) => {
    const entry = inForceAt(
      history.filter((benchmark) => benchmark.kind === kind),
      period,
    );
    return entry
      ? [
          {
            kind,
            value: entry.value,
            unit: entry.unit as Unit,
            period: entry.periodLabel,
            source: entry.source,
            origin: "paper" as const,
          },
        ]
      : [];
  });
}

/**
 * The baseline beside the month: the figure the paper printed when there is one (history cannot
 * always recompute a paper's rounding), otherwise computed by the shared engine from the history.
 */
function baselineFor(
  indicator: IndicatorRecord,
  printed: PublishedBaselineRecord | undefined,
  series: { period: string; numerator: number | null; denominator: number | null; value: number | null }[],
  period: string,
): ScorecardRow["baseline"] {
  if (printed) {
    return {
      kind: indicator.baselineKind,
      label: printed.label,
      value: displayValue(indicator, printed),
      numerator: printed.numerator,
      denominator: printed.denominator,
      origin: "published",
    };
  }
  if (indicator.baselineKind === "none") return null;
  const computed = baselineValue({
    kind: indicator.baselineKind as BaselineKind,
    series,
    period,
    fixedMonth: indicator.baselineMonth,
    measureKind: indicator.measureKind as MeasureKind,
    unit: indicator.unit as Unit,
  });
  if (computed.value === null) return null;
  return {
    kind: indicator.baselineKind,
    label: indicator.baselineLabel,
    value: computed.value,
    numerator: computed.numerator,
    denominator: computed.denominator,
    origin: "computed",
  };
}

/** Builds the monthly scorecard for an area: a fixed number of queries, then the shared engine. */
export async function getScorecard(db: Db, query: ScorecardQuery): Promise<ScorecardResponse> {
  const { organisation, area, areaList } = await resolveOrganisationArea(db, query.area);
  const children = areaList.filter((candidate) => candidate.parentId === area.id);
  const shownIds = [area, ...children].map((shown) => shown.id);

  const [indicatorList, targetList, benchmarkList, commentaryList, baselineList, populationList, laRecord] =
    await Promise.all([
      listIndicators(db),
      listTargets(db, organisation.id),
      listBenchmarks(db, organisation.id),
      findCommentaries(db, organisation.id, query.period),
      findPublishedBaselines(db, { areaIds: [area.id], period: query.period }),
      listPopulations(db, shownIds),
      findLocalAuthority(db, organisation.oldLaCode),
    ]);
  // DfE's published figures first, where DfE publishes the measure; then the paper's own.
  const dfeBenchmarks = await dfeBenchmarksAt(
    db,
    { code: organisation.oldLaCode, regionCode: laRecord?.regionCode ?? null },
    indicatorList.map((indicator) => indicator.id),
    query.period,
  );
  // The area's own months for baselines, and its children's figures for this month only: an area
  // with 80 wards must not drag 80 × 13 months of rows into every scorecard.
  const months = monthsNeeded(query.period, indicatorList);
  const childIds = children.map((child) => child.id);
  const [ownRows, childRows] = await Promise.all([
    findObservations(db, { areaIds: [area.id], periods: months }),
    findObservations(db, { areaIds: childIds, periods: [query.period] }),
  ]);
  // Only an indicator the area has no figures of its own for is built from its children's history.
  const withOwnFigures = new Set(ownRows.map((row) => row.indicatorId));
  const childHistory = await findObservations(db, {
    areaIds: childIds,
    periods: months.filter((month) => month !== query.period),
    indicatorIds: indicatorList.map((indicator) => indicator.id).filter((id) => !withOwnFigures.has(id)),
  });
  const index = new ObservationIndex([...ownRows, ...childRows, ...childHistory]);
  const populationsOf = (areaId: number) => populationList.filter((row) => row.areaId === areaId);

  const rows: ScorecardRow[] = indicatorList.map((indicator) => {
    const polarity = indicator.polarity as Polarity;
    const figure = resolveFigure(indicator, area, children, query.period, index);
    const target = inForceAt(
      targetList.filter((entry) => entry.indicatorId === indicator.id),
      query.period,
    );
    const targetValue = target?.value ?? null;
    const tolerance = indicator.tolerance;
    const rateArea = (value: number | null) => ragRating({ value, target: targetValue, polarity, tolerance });

    const series = monthsNeeded(query.period, [indicator]).flatMap((month) => {
      const resolved = resolveFigure(indicator, area, children, month, index);
      return resolved ? [{ period: month, ...resolved }] : [];
    });
    const history = [...previousMonths(query.period, 11), query.period].flatMap((month) => {
      const resolved =
        month === query.period ? figure : resolveFigure(indicator, area, children, month, index);
      return resolved ? [{ period: month, value: resolved.value, source: resolved.source }] : [];
    });
    const printed = baselineList.find(
      (row) => row.indicatorId === indicator.id && row.breakdown === HEADLINE,
    );
    const baseline = baselineFor(indicator, printed, series, query.period);

    const areaFigures = children.flatMap((child) => {
      const childFigure = resolveFigure(
        indicator,
        child,
        areaList.filter((a) => a.parentId === child.id),
        query.period,
        index,
      );
      if (!childFigure) return [];
      return [
        {
          areaId: child.slug,
          name: child.name,
          value: childFigure.value,
          numerator: childFigure.numerator,
          denominator: childFigure.denominator,
          ratePer10k: ratePer10kFor(indicator, childFigure, populationsOf(child.id), query.period),
          rag: rateArea(childFigure.value),
          source: childFigure.source,
        },
      ];
    });

    // Rows come back from the database in no set order: by area as shown, then breakdown name.
    const shownOrder = (areaId: number) => [area, ...children].findIndex((shown) => shown.id === areaId);
    const breakdown = index.rows
      .filter(
        (row) =>
          row.indicatorId === indicator.id && row.period === query.period && row.breakdown !== HEADLINE,
      )
      .sort(
        (a, b) =>
          shownOrder(a.areaId) - shownOrder(b.areaId) ||
          (a.breakdown < b.breakdown ? -1 : a.breakdown > b.breakdown ? 1 : 0),
      )
      .map((row) => ({
        breakdown: row.breakdown,
        areaId: [area, ...children].find((shown) => shown.id === row.areaId)?.slug ?? "",
        value: displayValue(indicator, row),
        numerator: row.numerator,
        denominator: row.denominator,
        ratePer10k: null,
        source: row.source,
      }));

    return {
      indicatorId: indicator.id,
      ref: indicator.ref,
      title: indicator.title,
      unit: indicator.unit as Unit,
      polarity,
      decimals: indicator.decimals,
      value: figure?.value ?? null,
      numerator: figure?.numerator ?? null,
      denominator: figure?.denominator ?? null,
      ratePer10k: ratePer10kFor(indicator, figure, populationsOf(area.id), query.period),
      baseline,
      target: targetValue,
      targetEffectiveFrom: target?.effectiveFrom ?? null,
      rag: rateArea(figure?.value ?? null),
      trend: trendRating({
        value: figure?.value ?? null,
        baseline: baseline?.value ?? null,
        polarity,
        threshold: indicator.trendThreshold,
      }),
      benchmarks: [
        ...(dfeBenchmarks.get(indicator.id) ?? []),
        ...benchmarksInForce(
          benchmarkList.filter((entry) => entry.indicatorId === indicator.id),
          query.period,
        ),
      ],
      areas: areaFigures,
      breakdown,
      commentary: commentaryList.find((entry) => entry.indicatorId === indicator.id)?.body ?? null,
      history,
      source: figure?.source ?? null,
    };
  });

  const model = snModelInForce(query.period);
  return {
    period: query.period,
    area: { id: area.slug, name: area.name },
    rows,
    statisticalNeighbourModel: { model, label: SN_MODEL_LABELS[model] },
  };
}
