import { baselineValue } from "./aggregation.ts";
import type { BenchmarkValue, ScorecardResponse, ScorecardRow } from "./api-schema.ts";
import {
  type AreaNode,
  childrenOf,
  displayValue,
  HEADLINE,
  type IndicatorRules,
  ObservationIndex,
  type ObservationRecord,
  type ResolvedFigure,
  ratePer10kFor,
  resolveFigure,
} from "./area-figures.ts";
import { dfeBenchmarksInForce } from "./dfe-benchmarks.ts";
import { inForceAt } from "./in-force.ts";
import { SN_MODEL_LABELS, snModelInForce } from "./neighbour-model.ts";
import { previousMonths } from "./periods.ts";
import { ragRating } from "./rag-rating.ts";
import { rulesInForce } from "./rule-in-force.ts";
import type { PaperBenchmark, PrintedBaseline, ScorecardSnapshot } from "./scorecard-snapshot.ts";
import { PUBLISHED_MONTH, scorecardMonths } from "./scorecard-snapshot.ts";
import { trendRating } from "./trend-rating.ts";

/** The paper's benchmarks of each kind in force in `period`. */
export function paperBenchmarksInForce(history: readonly PaperBenchmark[], period: string): BenchmarkValue[] {
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
            unit: entry.unit,
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
 * always recompute a paper's rounding), otherwise computed by the engine from the history.
 */
function baselineFor(
  indicator: IndicatorRules,
  printed: PrintedBaseline | undefined,
  series: ({ period: string } & ResolvedFigure)[],
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
    kind: indicator.baselineKind,
    series,
    period,
    fixedMonth: indicator.baselineMonth,
    measureKind: indicator.measureKind,
    unit: indicator.unit,
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

/**
 * The observations a scorecard for `area` in `period` is made from:
 * - the area's own, in every month the scorecard reads;
 * - its children's and grandchildren's in the month (each child's figure, built from its own
 *   children when it has none);
 * - its children's in the earlier months only for indicators the area has no figures of its own
 *   for in any month read: history and baselines are the area's own, or wholly built from its children.
 */
function observationsUsed(
  snapshot: ScorecardSnapshot,
  indicators: readonly IndicatorRules[],
  area: AreaNode,
  children: readonly AreaNode[],
  period: string,
): ObservationRecord[] {
  const months = new Set(scorecardMonths(period, indicators));
  const childIds = new Set(children.map((child) => child.id));
  const grandchildIds = new Set(
    snapshot.areas.filter((a) => a.parentId !== null && childIds.has(a.parentId)).map((a) => a.id),
  );
  const own = snapshot.observations.filter((row) => row.areaId === area.id && months.has(row.period));
  const withOwnFigures = new Set(own.map((row) => row.indicatorId));
  const below = snapshot.observations.filter((row) => {
    if (row.period === period) return childIds.has(row.areaId) || grandchildIds.has(row.areaId);
    return childIds.has(row.areaId) && months.has(row.period) && !withOwnFigures.has(row.indicatorId);
  });
  return [...own, ...below];
}

const byText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/**
 * The monthly scorecard for one area (by id) from a snapshot: one row per indicator, in order,
 * each judged by the rating rule in force in `period`.
 */
export function buildScorecard(
  snapshot: ScorecardSnapshot,
  period: string,
  areaId: string,
): ScorecardResponse {
  const area = snapshot.areas.find((candidate) => candidate.id === areaId);
  if (!area) throw new RangeError(`buildScorecard: the snapshot has no area "${areaId}"`);
  const children = childrenOf(snapshot.areas, area);
  const shown = [area, ...children];
  const indicators = rulesInForce(snapshot.indicators, snapshot.ruleVersions, period);
  const index = new ObservationIndex(observationsUsed(snapshot, indicators, area, children, period));
  const dfeBenchmarks = dfeBenchmarksInForce(snapshot.dfe, period);
  const populationsOf = (id: string) => snapshot.populations.filter((row) => row.areaId === id);
  const sparklineMonths = [...previousMonths(period, 11), period];

  const rows: ScorecardRow[] = indicators.map((indicator) => {
    const polarity = indicator.polarity;
    const figureIn = (month: string) => resolveFigure(indicator, area, children, month, index);
    const figure = figureIn(period);
    const target = inForceAt(
      snapshot.targets.filter((entry) => entry.indicatorId === indicator.id),
      period,
    );
    const targetValue = target?.value ?? null;
    const tolerance = indicator.tolerance;
    const rateArea = (value: number | null) => ragRating({ value, target: targetValue, polarity, tolerance });

    const series = scorecardMonths(period, [indicator]).flatMap((month) => {
      const resolved = figureIn(month);
      return resolved ? [{ period: month, ...resolved }] : [];
    });
    const history = sparklineMonths.flatMap((month) => {
      const resolved = month === period ? figure : figureIn(month);
      return resolved ? [{ period: month, value: resolved.value, source: resolved.source }] : [];
    });
    const printed = snapshot.printedBaselines.find(
      (row) =>
        row.areaId === area.id &&
        row.period === period &&
        row.indicatorId === indicator.id &&
        row.breakdown === HEADLINE,
    );
    const baseline = baselineFor(indicator, printed, series, period);

    const areaFigures = children.flatMap((child) => {
      const childFigure = resolveFigure(indicator, child, childrenOf(snapshot.areas, child), period, index);
      if (!childFigure) return [];
      return [
        {
          areaId: child.id,
          name: child.name,
          value: childFigure.value,
          numerator: childFigure.numerator,
          denominator: childFigure.denominator,
          ratePer10k: ratePer10kFor(indicator, childFigure, populationsOf(child.id), period),
          rag: rateArea(childFigure.value),
          source: childFigure.source,
        },
      ];
    });

    // By area as shown, then breakdown name: stored rows have no order of their own.
    const shownOrder = (id: string) => shown.findIndex((candidate) => candidate.id === id);
    const breakdown = index.rows
      .filter(
        (row) =>
          row.indicatorId === indicator.id &&
          row.period === period &&
          row.breakdown !== HEADLINE &&
          shownOrder(row.areaId) >= 0,
      )
      .sort((a, b) => shownOrder(a.areaId) - shownOrder(b.areaId) || byText(a.breakdown, b.breakdown))
      .map((row) => ({
        breakdown: row.breakdown,
        areaId: row.areaId,
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
      unit: indicator.unit,
      polarity,
      decimals: indicator.decimals,
      value: figure?.value ?? null,
      numerator: figure?.numerator ?? null,
      denominator: figure?.denominator ?? null,
      ratePer10k: ratePer10kFor(indicator, figure, populationsOf(area.id), period),
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
        ...((indicator.dfeMeasureId && dfeBenchmarks.get(indicator.dfeMeasureId)) || []),
        ...paperBenchmarksInForce(
          snapshot.benchmarks.filter((entry) => entry.indicatorId === indicator.id),
          period,
        ),
      ],
      areas: areaFigures,
      breakdown,
      commentary:
        snapshot.commentaries.find((entry) => entry.indicatorId === indicator.id && entry.period === period)
          ?.body ?? null,
      history,
      source: figure?.source ?? null,
    };
  });

  const model = snModelInForce(period);
  return {
    period,
    area: { id: area.id, name: area.name },
    rows,
    statisticalNeighbourModel: { model, label: SN_MODEL_LABELS[model] },
    ...(snapshot.month ?? PUBLISHED_MONTH),
  };
}
