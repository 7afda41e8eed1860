import { isFiniteNumber } from "./float-tolerance.ts";
import type { BaselineKind, MeasureKind, Unit } from "./indicator-schema.ts";
import { addMonths, isPeriod, monthsBetween, previousMonths } from "./periods.ts";

/**
 * Combining observations across areas and months, and the scorecard's baselines.
 *
 * The one rule that matters most: a percentage or rate for several areas or months is the ratio of the
 * summed numerators to the summed denominators, never the average of the separate percentages (which
 * would give a district of 50 children the same say as one of 5,000 — Simpson's paradox). The ratio of
 * sums equals the denominator-weighted mean of the separate ratios.
 */

export interface RatioParts {
  numerator: number;
  denominator: number;
}

export interface RatioOfSums extends RatioParts {
  /** Σ numerator / Σ denominator as a plain fraction; null when Σ denominator is 0. */
  value: number | null;
}

/** One month's (or one area's) raw figures for an indicator. */
export interface Observation {
  numerator: number | null;
  denominator: number | null;
  /** The figure itself, for `mean` and `snapshot_count` measures (or a ratio published without parts). */
  value: number | null;
}

export interface SeriesPoint extends Observation {
  period: string;
}

const RATE_PER_10K = 10_000;

/**
 * Σ numerator / Σ denominator over the items (e.g. districts, or months).
 * @throws RangeError when a numerator or denominator is not finite.
 */
export function ratioOfSums(items: readonly RatioParts[]): RatioOfSums {
  let numerator = 0;
  let denominator = 0;
  items.forEach((item, i) => {
    if (!Number.isFinite(item.numerator) || !Number.isFinite(item.denominator)) {
      throw new RangeError(`ratioOfSums: item ${i} has a non-finite numerator or denominator`);
    }
    numerator += item.numerator;
    denominator += item.denominator;
  });
  return { numerator, denominator, value: denominator === 0 ? null : numerator / denominator };
}

/** numerator / denominator × 100; null when the denominator is 0 or either figure is missing. */
export function percent(numerator: number, denominator: number): number | null {
  return scaledRatio(numerator, denominator, 100);
}

/** count / population × 10,000 (the DfE convention for CP plans and children in care); null for 0 population. */
export function ratePer10k(count: number, population: number): number | null {
  return scaledRatio(count, population, RATE_PER_10K);
}

/**
 * Total of a month-end count across areas (districts add up; months do not, so this is for areas only).
 * null when the list is empty or any area's count is missing: a total short of an area is not the total.
 */
export function combineSnapshotCounts(counts: readonly (number | null)[]): number | null {
  if (counts.length === 0 || !counts.every(isFiniteNumber)) return null;
  return counts.reduce((sum, c) => sum + c, 0);
}

/**
 * Σ value × weight / Σ weight, e.g. average caseload across teams weighted by their social workers.
 * null when the weights sum to 0 (or there are no items).
 * @throws RangeError when a weight is negative or a figure is not finite.
 */
export function weightedMean(items: readonly { value: number; weight: number }[]): number | null {
  let weighted = 0;
  let totalWeight = 0;
  items.forEach(({ value, weight }, i) => {
    if (!Number.isFinite(value) || !Number.isFinite(weight) || weight < 0) {
      throw new RangeError(`weightedMean: item ${i} needs a finite value and a finite weight ≥ 0`);
    }
    weighted += value * weight;
    totalWeight += weight;
  });
  return totalWeight === 0 ? null : weighted / totalWeight;
}

/**
 * The one place an observation becomes the figure the scorecard displays and rates.
 *
 * - `ratio` measures: numerator / denominator, × 100 for `percent`, × 10,000 for `rate_per_10k` (pass the
 *   count as numerator and the population as denominator), as is for other units. null when the
 *   denominator is 0. When numerator or denominator is missing, `value` is used as given — it must
 *   already be on the display scale (0–100 for percent).
 * - `snapshot_count` and `mean` measures: `value`, or failing that `numerator`.
 */
export function measureValue({
  unit,
  measureKind,
  numerator,
  denominator,
  value,
}: Observation & { unit: Unit; measureKind: MeasureKind }): number | null {
  if (measureKind !== "ratio") return firstFinite(value, numerator);
  if (!isFiniteNumber(numerator) || !isFiniteNumber(denominator)) return isFiniteNumber(value) ? value : null;
  return scaledRatio(numerator, denominator, unitScale(unit));
}

export interface BaselineInput {
  kind: BaselineKind;
  /** Monthly observations (any order; months may be missing). */
  series: readonly SeriesPoint[];
  /** The month being reported. */
  period: string;
  /** For `fixed_month`: the month compared against, e.g. "2017-03". */
  fixedMonth?: string | null;
  measureKind: MeasureKind;
  unit: Unit;
}

export interface Baseline {
  /** On the display scale (see `measureValue`); null when no month in the window has data. */
  value: number | null;
  /** Ratio measures: average numerator (`previous_6_months_average`), else the sum; null otherwise. */
  numerator: number | null;
  denominator: number | null;
  /** The months actually used, oldest first. */
  months: string[];
  /** The months of the window that had no usable data. */
  missingMonths: string[];
  /** false when some months of the window were missing (the baseline uses what exists). */
  complete: boolean;
}

/**
 * The comparison figure printed beside each month ("Prev. 6 months average", "Mar-17", ...).
 *
 * | kind                          | window                         | ratio measures        | counts / means |
 * | ----------------------------- | ------------------------------ | --------------------- | -------------- |
 * | previous_6_months_average     | the 6 months before `period`   | Σ num / Σ den         | mean of values |
 * | previous_6_months_cumulative  | the 6 months before `period`   | Σ num / Σ den         | counts: sum; means: mean |
 * | rolling_12_months             | 12 months ending at `period`   | Σ num / Σ den         | mean of values |
 * | fixed_month                   | `fixedMonth`                   | that month's figure   | that month's   |
 * | none                          | —                              | null                  | null           |
 *
 * For ratios the 6-month average is the ratio of the 6-month sums, which equals the ratio of the average
 * numerator to the average denominator — never the average of six percentages. The numerator and
 * denominator returned for it are those averages (the figures the council prints); for the other windows,
 * the sums. A sum of monthly averages means nothing, so a cumulative baseline of a `mean` measure is the
 * plain mean. In a window, a ratio month counts only when it has both numerator and denominator.
 *
 * @throws Error for an invalid period, a `fixed_month` baseline without a valid `fixedMonth`, or a
 * series with the same month twice.
 */
export function baselineValue(input: BaselineInput): Baseline {
  const { kind, series, period, measureKind, unit } = input;
  const window = windowMonths(kind, period, input.fixedMonth);
  const byPeriod = seriesByPeriod(series);
  const observations = window.flatMap((month) => {
    const observation = byPeriod.get(month);
    return observation !== undefined && isUsable(observation, kind, measureKind, unit) ? [observation] : [];
  });
  const months = observations.map((o) => o.period);
  const missingMonths = window.filter((month) => !months.includes(month));
  const coverage = { months, missingMonths, complete: missingMonths.length === 0 };

  if (observations.length === 0) return { value: null, numerator: null, denominator: null, ...coverage };

  if (measureKind === "ratio") {
    const [only] = observations;
    if (kind === "fixed_month" && only !== undefined) {
      const value = measureValue({ ...only, unit, measureKind });
      return { value, numerator: only.numerator, denominator: only.denominator, ...coverage };
    }
    const sums = ratioOfSums(observations.map(ratioParts));
    const divisor = kind === "previous_6_months_average" ? observations.length : 1;
    return {
      value: measureValue({ ...sums, value: null, unit, measureKind }),
      numerator: sums.numerator / divisor,
      denominator: sums.denominator / divisor,
      ...coverage,
    };
  }

  const values = observations.map((o) => measureValue({ ...o, unit, measureKind })).filter(isFiniteNumber);
  const total = values.reduce((sum, v) => sum + v, 0);
  const sumOfCounts = kind === "previous_6_months_cumulative" && measureKind === "snapshot_count";
  return {
    value: sumOfCounts ? total : total / values.length,
    numerator: null,
    denominator: null,
    ...coverage,
  };
}

function windowMonths(kind: BaselineKind, period: string, fixedMonth: string | null | undefined): string[] {
  if (!isPeriod(period)) throw new Error(`baselineValue: period ${JSON.stringify(period)} is not YYYY-MM`);
  switch (kind) {
    case "previous_6_months_average":
    case "previous_6_months_cumulative":
      return previousMonths(period, 6);
    case "rolling_12_months":
      return monthsBetween(addMonths(period, -11), period);
    case "fixed_month":
      if (!isPeriod(fixedMonth)) {
        throw new Error(
          `baselineValue: a fixed_month baseline needs fixedMonth as YYYY-MM, got ${String(fixedMonth)}`,
        );
      }
      return [fixedMonth];
    case "none":
      return [];
  }
}

function seriesByPeriod(series: readonly SeriesPoint[]): Map<string, SeriesPoint> {
  const byPeriod = new Map<string, SeriesPoint>();
  for (const point of series) {
    if (byPeriod.has(point.period)) throw new Error(`baselineValue: month ${point.period} appears twice`);
    byPeriod.set(point.period, point);
  }
  return byPeriod;
}

/**
 * A month counts towards a window when it has what the sum needs: numerator and denominator for ratios
 * (a published percentage alone cannot be summed), a value for counts and means. A fixed month only needs
 * a displayable figure.
 */
function isUsable(
  observation: Observation,
  kind: BaselineKind,
  measureKind: MeasureKind,
  unit: Unit,
): boolean {
  if (measureKind === "ratio" && kind !== "fixed_month") {
    return isFiniteNumber(observation.numerator) && isFiniteNumber(observation.denominator);
  }
  return measureValue({ ...observation, unit, measureKind }) !== null;
}

function ratioParts(observation: Observation): RatioParts {
  return { numerator: observation.numerator ?? 0, denominator: observation.denominator ?? 0 };
}

function unitScale(unit: Unit): number {
  if (unit === "percent") return 100;
  if (unit === "rate_per_10k") return RATE_PER_10K;
  return 1;
}

function scaledRatio(numerator: number, denominator: number, scale: number): number | null {
  if (!Number.isFinite(numerator) || !Number.isFinite(denominator) || denominator === 0) return null;
  return (numerator / denominator) * scale;
}

function firstFinite(...candidates: readonly (number | null)[]): number | null {
  return candidates.find(isFiniteNumber) ?? null;
}
