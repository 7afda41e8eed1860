import { isFiniteNumber } from "./float-tolerance.ts";
import type { Polarity } from "./indicator-schema.ts";

/**
 * Benchmarking one local authority (LA) against England and its statistical neighbours for one year of a
 * DfE annual statistic, the way DfE's Local Authority Interactive Tool (LAIT) presents it: a rank among
 * all LAs, a quartile band A–D (A best), the statistical-neighbour average, and the England figure.
 *
 * Source: DfE, "Local authority interactive tool (LAIT)" and its user guide
 * (gov.uk/government/publications/local-authority-interactive-tool-lait).
 */

export interface LaValue {
  /** LA code, e.g. "E08000025" or the old three-digit "330". */
  code: string;
  /** null when suppressed or not published. */
  value: number | null;
}

/** LAIT quartile band: A is the best-performing quarter, D the worst. */
export const QUARTILES = ["A", "B", "C", "D"] as const;
export type Quartile = (typeof QUARTILES)[number];

export interface BenchmarkStatsInput {
  /** Every LA's figure for one year. */
  values: readonly LaValue[];
  /** The LA being benchmarked. */
  subject: string;
  /** Its statistical neighbours (the subject itself and repeats are ignored). */
  neighbours: readonly string[];
  polarity: Polarity;
  /** The published England figure, when known. */
  national?: number | null;
}

export interface BenchmarkStats {
  subjectValue: number | null;
  /** The published England figure, or null when not given. */
  national: number | null;
  /** Plain mean of the LA figures that have values (not the England figure: LAs differ in size). */
  nationalMean: number | null;
  /** Plain mean of the neighbours with values, as LAIT's "statistical neighbour average". */
  neighboursMean: number | null;
  neighboursMedian: number | null;
  neighboursWithValues: number;
  /** 1 = best; ties share the lowest rank ("1224"); null for neutral polarity or no subject value. */
  rank: number | null;
  /** How many LAs have values, i.e. what the rank is "out of". */
  rankOf: number;
  quartile: Quartile | null;
}

/**
 * Rank, quartile and averages for one LA.
 *
 * - Suppressed (null) figures are left out everywhere: they never count as 0, never take a rank, and do
 *   not move the quartile cut points.
 * - Rank: competition ranking ("1224") by polarity among LAs with values: 1 + the number of LAs strictly
 *   better. Ties are exact equality of the published figures.
 * - Quartile: cut points Q1, median and Q3 of all LAs' values by R's default `quantile()` (type 7, see
 *   `quantileType7`). Boundaries as in LAIT's banding, a value on a cut point taking the band on the
 *   lower-value side:
 *   - lower is better: A ≤ Q1 < B ≤ median < C ≤ Q3 < D;
 *   - higher is better: D ≤ Q1 < C ≤ median < B ≤ Q3 < A.
 * - Neutral polarity gives no rank and no quartile: there is no "best".
 *
 * @throws Error when an LA code appears twice in `values`.
 */
export function benchmarkStats({
  values,
  subject,
  neighbours,
  polarity,
  national = null,
}: BenchmarkStatsInput): BenchmarkStats {
  const byCode = valuesByCode(values);
  const all = [...byCode.values()].filter(isFiniteNumber);
  const subjectValue = byCode.get(subject) ?? null;

  const neighbourCodes = [...new Set(neighbours)].filter((code) => code !== subject);
  const neighbourValues = neighbourCodes.map((code) => byCode.get(code) ?? null).filter(isFiniteNumber);
  const sortedNeighbours = [...neighbourValues].sort((a, b) => a - b);

  const rated = polarity !== "neutral" && subjectValue !== null;
  return {
    subjectValue,
    national: isFiniteNumber(national) ? national : null,
    nationalMean: meanOrNull(all),
    neighboursMean: meanOrNull(neighbourValues),
    neighboursMedian: sortedNeighbours.length > 0 ? quantileType7(sortedNeighbours, 0.5) : null,
    neighboursWithValues: neighbourValues.length,
    rank: rated ? competitionRank(subjectValue, all, polarity) : null,
    rankOf: all.length,
    quartile: rated ? quartileBand(subjectValue, all, polarity) : null,
  };
}

/**
 * The p-th sample quantile by R's default method, `quantile(x, p, type = 7)` (Hyndman & Fan 1996,
 * definition 7): with h = (n − 1)p, interpolate linearly between the ⌊h⌋-th and ⌈h⌉-th values (0-based).
 * R gives quantile(1:10) = 1, 3.25, 5.5, 7.75, 10 and quantile(c(1, 2, 3, 4)) = 1, 1.75, 2.5, 3.25, 4.
 *
 * @param sortedValues ascending; the caller sorts once and reuses.
 * @throws RangeError when the list is empty, not ascending, or p is outside [0, 1].
 */
export function quantileType7(sortedValues: readonly number[], p: number): number {
  if (sortedValues.length === 0) throw new RangeError("quantileType7: no values");
  if (!(p >= 0 && p <= 1)) throw new RangeError(`quantileType7: p must be in [0, 1], got ${String(p)}`);
  if (sortedValues.some((x, i) => i > 0 && x < (sortedValues[i - 1] ?? x))) {
    throw new RangeError("quantileType7: values must be sorted ascending");
  }
  const h = (sortedValues.length - 1) * p;
  const lowerIndex = Math.floor(h);
  const lower = sortedValues[lowerIndex] ?? Number.NaN;
  const upper = sortedValues[Math.min(lowerIndex + 1, sortedValues.length - 1)] ?? lower;
  return lower + (h - lowerIndex) * (upper - lower);
}

function valuesByCode(values: readonly LaValue[]): Map<string, number | null> {
  const byCode = new Map<string, number | null>();
  for (const { code, value } of values) {
    if (byCode.has(code)) throw new Error(`benchmarkStats: LA code "${code}" appears more than once`);
    byCode.set(code, isFiniteNumber(value) ? value : null);
  }
  return byCode;
}

function meanOrNull(xs: readonly number[]): number | null {
  return xs.length > 0 ? xs.reduce((sum, x) => sum + x, 0) / xs.length : null;
}

function competitionRank(subjectValue: number, all: readonly number[], polarity: Polarity): number {
  const better = all.filter((v) => (polarity === "higher_is_better" ? v > subjectValue : v < subjectValue));
  return better.length + 1;
}

function quartileBand(subjectValue: number, all: readonly number[], polarity: Polarity): Quartile {
  const sorted = [...all].sort((a, b) => a - b);
  const q1 = quantileType7(sorted, 0.25);
  const median = quantileType7(sorted, 0.5);
  const q3 = quantileType7(sorted, 0.75);
  if (polarity === "lower_is_better") {
    if (subjectValue <= q1) return "A";
    if (subjectValue <= median) return "B";
    if (subjectValue <= q3) return "C";
    return "D";
  }
  if (subjectValue > q3) return "A";
  if (subjectValue > median) return "B";
  if (subjectValue > q1) return "C";
  return "D";
}
