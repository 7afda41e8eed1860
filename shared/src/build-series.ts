import type { SeriesResponse } from "./api-schema.ts";
import {
  type AreaNode,
  childrenOf,
  type IndicatorRules,
  ObservationIndex,
  type ObservationRecord,
  type PopulationRecord,
  ratePer10kFor,
  resolveFigure,
} from "./area-figures.ts";
import { type DfeBenchmarkSource, dfeBenchmarkHistory } from "./dfe-benchmarks.ts";
import { inForceAt } from "./in-force.ts";
import type { Polarity } from "./indicator-schema.ts";
import type { RevisedNote } from "./month-states.ts";
import { monthsBetween } from "./periods.ts";
import { ragRating } from "./rag-rating.ts";
import { type RuleVersion, ruleInForce } from "./rule-in-force.ts";
import type { CommentaryEntry, PaperBenchmark, TargetEntry } from "./scorecard-snapshot.ts";
import { type SpcImprovement, xmrChart } from "./xmr-chart.ts";

/** Everything one indicator's series is computed from (see `ScorecardSnapshot` for the records). */
export interface SeriesSnapshot {
  /** The indicator with the rating rule in force now. */
  indicator: IndicatorRules;
  /** Its earlier rating rules: each month is rated by the rule in force then. */
  ruleVersions: readonly RuleVersion[];
  /** The organisation's areas in display order. */
  areas: readonly AreaNode[];
  /** The indicator's figures for the area and its children. */
  observations: readonly ObservationRecord[];
  targets: readonly TargetEntry[];
  benchmarks: readonly PaperBenchmark[];
  commentaries: readonly CommentaryEntry[];
  /** Months whose published figures are a correction; omitted, none. */
  revisions?: readonly (RevisedNote & { period: string })[];
  /** The area's populations (rates per 10,000). */
  populations: readonly PopulationRecord[];
  dfe: DfeBenchmarkSource;
}

export interface SeriesRange {
  from?: string | undefined;
  to?: string | undefined;
}

/** The SPC chart's good direction from the indicator's polarity. */
export function improvementFor(polarity: Polarity): SpcImprovement {
  return polarity === "higher_is_better"
    ? "increase"
    : polarity === "lower_is_better"
      ? "decrease"
      : "neutral";
}

const byText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

const inRange = (period: string, range: SeriesRange) =>
  (!range.from || period >= range.from) && (!range.to || period <= range.to);

/**
 * One indicator over time for one area (by id): each month in the range (by default from the first
 * month with a figure to the last) with the target and rating rule in force and its rating, an XmR chart of the
 * months with a value, the benchmarks over time (DfE's where DfE publishes that kind, else the
 * paper's) and the commentary.
 */
export function buildSeries(snapshot: SeriesSnapshot, areaId: string, range: SeriesRange): SeriesResponse {
  const { indicator } = snapshot;
  const area = snapshot.areas.find((candidate) => candidate.id === areaId);
  if (!area) throw new RangeError(`buildSeries: the snapshot has no area "${areaId}"`);
  const children = childrenOf(snapshot.areas, area);
  const shownIds = new Set([area, ...children].map((shown) => shown.id));
  const rows = snapshot.observations.filter(
    (row) => row.indicatorId === indicator.id && shownIds.has(row.areaId) && inRange(row.period, range),
  );
  const index = new ObservationIndex(rows);
  const ruleAt = (period: string) => ruleInForce(indicator, snapshot.ruleVersions, period);
  const targetHistory = snapshot.targets.filter((entry) => entry.indicatorId === indicator.id);

  const periods = rows.map((row) => row.period).sort();
  const first = range.from ?? periods[0];
  const last = range.to ?? periods.at(-1);
  const months = first && last ? monthsBetween(first, last) : [];

  const points = months.flatMap((period) => {
    const figure = resolveFigure(indicator, area, children, period, index);
    if (!figure) return [];
    const target = inForceAt(targetHistory, period)?.value ?? null;
    const { polarity, tolerance } = ruleAt(period);
    return [
      {
        period,
        ...figure,
        ratePer10k: ratePer10kFor(indicator, figure, snapshot.populations, period),
        target,
        rag: ragRating({ value: figure.value, target, polarity, tolerance }),
      },
    ];
  });

  const charted = points.filter((point): point is typeof point & { value: number } => point.value !== null);
  // The chart is read against today's rule and target: those of its latest month.
  const latestPeriod = charted.at(-1)?.period;
  const improvement = improvementFor(latestPeriod ? ruleAt(latestPeriod).polarity : indicator.polarity);
  const latestTarget = latestPeriod ? (inForceAt(targetHistory, latestPeriod)?.value ?? null) : null;
  const chart = xmrChart(
    charted.map((point) => point.value),
    { improvement, target: latestTarget },
  );

  // Over time the chart shows DfE's figures where DfE publishes that kind; the paper's only elsewhere.
  const dfeHistory = indicator.dfeMeasureId ? dfeBenchmarkHistory(snapshot.dfe, indicator.dfeMeasureId) : [];
  const dfeKinds = new Set(dfeHistory.map((benchmark) => benchmark.kind));
  return {
    indicatorId: indicator.id,
    areaId: area.id,
    unit: indicator.unit,
    points,
    spc: {
      ...chart,
      points: chart.points.map((point, i) => ({ ...point, period: charted[i]?.period ?? "" })),
      improvement,
      target: latestTarget,
    },
    benchmarks: [
      ...dfeHistory,
      ...snapshot.benchmarks
        .filter((entry) => entry.indicatorId === indicator.id && !dfeKinds.has(entry.kind))
        .sort((a, b) => byText(a.effectiveFrom, b.effectiveFrom))
        .map((entry) => ({
          kind: entry.kind,
          value: entry.value,
          unit: entry.unit,
          period: entry.periodLabel,
          source: entry.source,
          origin: "paper" as const,
          effectiveFrom: entry.effectiveFrom,
        })),
    ],
    commentary: snapshot.commentaries
      .filter((entry) => entry.indicatorId === indicator.id && inRange(entry.period, range))
      .sort((a, b) => byText(a.period, b.period))
      .map((entry) => ({ period: entry.period, body: entry.body })),
    revisions: (snapshot.revisions ?? [])
      .filter((entry) => inRange(entry.period, range))
      .map(({ period, revision, on, reason }) => ({ period, revision, on, reason })),
  };
}
