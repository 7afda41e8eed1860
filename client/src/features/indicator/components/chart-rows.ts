import type { DataSource, SeriesResponse } from "@scorecard/shared/api-schema";
import { inForceAt } from "@scorecard/shared/in-force";
import type { Unit } from "@scorecard/shared/indicator-schema";
import { monthsBetween, periodLabel } from "@scorecard/shared/periods";

/**
 * The rows the charts draw: one per month from the first figure to the last, so a month with no
 * figure is a gap in the line rather than being silently joined over. Targets and benchmarks change
 * over time, so each month carries the one in force then (a stepped line); null is a gap.
 */

export type Benchmark = SeriesResponse["benchmarks"][number];
export type BenchmarkKind = Benchmark["kind"];
type SpcPoint = SeriesResponse["spc"]["points"][number];

/**
 * What the trend chart draws: the figure itself, or (for counts the papers also give per 10,000
 * children aged 0–17, such as CP plans) that rate, which is what DfE's benchmarks are published as.
 */
export type Measure = "number" | "rate";

/** Rates per 10,000 are shown to one decimal, as DfE publishes them. */
export const RATE_DECIMALS = 1;

/** A value that applies from a month on; null means "none from then". */
export interface StepEntry {
  effectiveFrom: string;
  value: number | null;
}

export interface SeriesChartRow {
  period: string;
  /** "Dec-17". */
  label: string;
  value: number | null;
  /** null for a month with no figure. */
  source: DataSource | null;
  target: number | null;
  national: number | null;
  regional: number | null;
  statisticalNeighbours: number | null;
}

export interface SpcChartRow {
  period: string;
  label: string;
  value: number | null;
  specialCause: SpcPoint["specialCause"];
  rules: readonly string[];
}

/** Every month from the first to the last period given, oldest first. */
export function chartMonths(points: readonly { period: string }[]): string[] {
  const periods = points.map((point) => point.period).sort();
  const first = periods[0];
  const last = periods.at(-1);
  return first && last ? monthsBetween(first, last) : [];
}

/** For each month, the value in force then: the latest entry starting on or before it, else null. */
export function stepSeries(history: readonly StepEntry[], months: readonly string[]): (number | null)[] {
  return months.map((month) => inForceAt(history, month)?.value ?? null);
}

/** One kind of benchmark, oldest first. */
export function benchmarkHistory(benchmarks: readonly Benchmark[], kind: BenchmarkKind): Benchmark[] {
  return benchmarks
    .filter((benchmark) => benchmark.kind === kind)
    .sort((a, b) => a.effectiveFrom.localeCompare(b.effectiveFrom));
}

/**
 * The benchmark figures in force in at least one of the months, each kind oldest first: the one in
 * force at the first month, then each that took over during the range. Later and superseded figures
 * are left out, so a three-year chart does not list a decade of vintages.
 */
export function benchmarksInRange(benchmarks: readonly Benchmark[], months: readonly string[]): Benchmark[] {
  const kinds = [...new Set(benchmarks.map((benchmark) => benchmark.kind))];
  return kinds.flatMap((kind) => {
    const history = benchmarkHistory(benchmarks, kind);
    return [...new Set(months.map((month) => inForceAt(history, month)))].filter(
      (entry): entry is Benchmark => entry !== null,
    );
  });
}

/** Which year's figures a benchmark line shows: "figures for 2015-16, then 2016-17 from Nov-17". */
export function vintageText(history: readonly Benchmark[]): string {
  const [first, ...later] = history;
  if (!first) return "not published";
  return [
    `figures for ${first.period}`,
    ...later.map((entry) => `then ${entry.period} from ${periodLabel(entry.effectiveFrom)}`),
  ].join(", ");
}

/** True when a stepped line has a value at `index` but none either side, so it would draw nothing. */
export function isIsolated(values: readonly (number | null)[], index: number): boolean {
  return values[index] != null && values[index - 1] == null && values[index + 1] == null;
}

/**
 * True when the trend can also be drawn as a rate per 10,000 children: the points carry a rate and the
 * benchmarks are rates (DfE and the papers publish CP plans and children in care that way).
 */
export function hasRateMeasure(series: SeriesResponse): boolean {
  return (
    series.unit !== "rate_per_10k" &&
    series.points.some((point) => point.ratePer10k !== null) &&
    series.benchmarks.some((benchmark) => benchmark.unit === "rate_per_10k")
  );
}

/** The unit the trend chart is drawn in. */
export function measureUnit(series: SeriesResponse, measure: Measure): Unit {
  return measure === "rate" ? "rate_per_10k" : series.unit;
}

/**
 * The benchmarks that can share the chart's axis: those in the unit drawn. A count such as children in
 * care is benchmarked as a rate per 10,000 children, which can be drawn against the rate, not the count.
 */
export function chartableBenchmarks(series: SeriesResponse, measure: Measure = "number"): Benchmark[] {
  const unit = measureUnit(series, measure);
  return series.benchmarks.filter((benchmark) => benchmark.unit === unit);
}

/**
 * The trend chart's rows. As a rate, each month's figure is its rate per 10,000 and there is no target
 * line: targets are set as numbers of children, so they stay with the number.
 */
export function buildSeriesRows(
  series: SeriesResponse,
  targets: readonly StepEntry[],
  measure: Measure = "number",
): SeriesChartRow[] {
  const months = chartMonths(series.points);
  const benchmarks = chartableBenchmarks(series, measure);
  const byMonth = new Map(series.points.map((point) => [point.period, point]));
  const target = measure === "rate" ? [] : stepSeries(targets, months);
  const national = stepSeries(benchmarkHistory(benchmarks, "national"), months);
  const regional = stepSeries(benchmarkHistory(benchmarks, "regional"), months);
  const neighbours = stepSeries(benchmarkHistory(benchmarks, "statistical_neighbours"), months);
  return months.map((period, i) => {
    const point = byMonth.get(period);
    return {
      period,
      label: periodLabel(period),
      value: (measure === "rate" ? point?.ratePer10k : point?.value) ?? null,
      source: point ? point.source : null,
      target: target[i] ?? null,
      national: national[i] ?? null,
      regional: regional[i] ?? null,
      statisticalNeighbours: neighbours[i] ?? null,
    };
  });
}

export function buildSpcRows(spc: SeriesResponse["spc"]): SpcChartRow[] {
  const byMonth = new Map(spc.points.map((point) => [point.period, point]));
  return chartMonths(spc.points).map((period) => {
    const point = byMonth.get(period);
    return {
      period,
      label: periodLabel(period),
      value: point?.value ?? null,
      specialCause: point?.specialCause ?? null,
      rules: point?.rules ?? [],
    };
  });
}

/** True when two lines share at least one month and have the same value in every month they share. */
export function linesCoincide(
  rows: readonly SeriesChartRow[],
  a: keyof SeriesChartRow,
  b: keyof SeriesChartRow,
): boolean {
  const shared = rows.filter((row) => row[a] !== null && row[b] !== null);
  return shared.length > 0 && shared.every((row) => row[a] === row[b]);
}

/** The months in the chart with no figure, for the note under it. */
export function missingMonths(rows: readonly { value: number | null }[]): number {
  return rows.filter((row) => row.value === null).length;
}
