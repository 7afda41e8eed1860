import { relativeSlack } from "./float-tolerance.ts";
import {
  type SignalDirection,
  SPC_RULE_PRECEDENCE,
  type SpcRuleId,
  shiftSignals,
  trendSignals,
  twoOfThreeSignals,
} from "./xmr-rules.ts";

/**
 * XmR (individuals and moving range) statistical process control chart, as NHS England's "Making Data
 * Count" (MDC) programme draws it.
 *
 * Sources, cited on each choice below:
 * - [MDC] NHS England / NHS Improvement, "Making data count: strengthening your decisions" (2019, revised
 *   2021), and "Making data count" (2017/2019) — limits, rules, variation and assurance icons.
 * - [PTD] NHSRplotthedots, github.com/nhs-r-community/NHSRplotthedots: R/ptd_spc_standard.R (limits,
 *   outlier screening, baseline points), R/ptd_calculate_point_type.R (rules, colours),
 *   R/ptd_calculate_assurance_type.R (assurance), vignettes/number-of-points-required.Rmd (trial limits),
 *   vignettes/deviations.Rmd (screening differs from the Excel tools).
 * - [XL] The MDC Excel "SPC chart" tools: 6- or 7-point rules selectable; no outlier screening.
 */

/** Which direction of change is good. MDC "improvement direction". */
export const SPC_IMPROVEMENTS = ["increase", "decrease", "neutral"] as const;
export type SpcImprovement = (typeof SPC_IMPROVEMENTS)[number];

/** How a flagged point is coloured: blue "improvement", orange "concern", purple "neutral" [MDC]. */
export const SPC_SPECIAL_CAUSES = ["improvement", "concern", "neutral"] as const;
export type SpcSpecialCause = (typeof SPC_SPECIAL_CAUSES)[number];

/**
 * The variation icon, read from the latest point [MDC; PTD summary `variation_type`]:
 * - `common_cause`: the latest point is not part of any signal (grey icon);
 * - `special_cause_improvement` / `special_cause_concern`: it is part of a signal in the good / bad
 *   direction (blue / orange icon);
 * - `special_cause_neutral`: part of a signal on an indicator with no good direction (purple icon).
 */
export const SPC_VARIATIONS = [
  "common_cause",
  "special_cause_improvement",
  "special_cause_concern",
  "special_cause_neutral",
] as const;
export type SpcVariation = (typeof SPC_VARIATIONS)[number];

/**
 * The assurance icon [MDC; PTD `consistent_pass` / `consistent_fail` / `inconsistent`]:
 * - `pass`: the target lies beyond the process limit on the failing side, so the process will
 *   consistently meet it;
 * - `fail`: the target lies beyond the limit on the passing side, so the process will consistently miss it;
 * - `inconsistent`: the target lies within the limits (on a limit counts as within), so the process will
 *   sometimes meet and sometimes miss it.
 */
export const SPC_ASSURANCES = ["pass", "fail", "inconsistent"] as const;
export type SpcAssurance = (typeof SPC_ASSURANCES)[number];

export interface XmrChartOptions {
  /** Default "increase". */
  improvement?: SpcImprovement;
  target?: number | null;
  /** Compute mean and limits on the first n values only ("fix after n points", PTD). Default: all. */
  baselinePoints?: number;
  /** Points needed for a shift or trend: 7 (MDC default, PTD) or 6 (an option in the Excel tools). */
  runLength?: 6 | 7;
  /** Drop moving ranges above 3.267 × mR̄ before setting limits (PTD default). Default true. */
  screenOutliers?: boolean;
}

export interface XmrPoint {
  value: number;
  /** null when the point is not part of any signal. */
  specialCause: SpcSpecialCause | null;
  /** Every rule this point is part of, in `SPC_RULE_PRECEDENCE` order; the first decides the colour. */
  rules: SpcRuleId[];
}

export interface XmrChart {
  /** Centre line; null only for an empty series. */
  mean: number | null;
  /** Average moving range after screening; null with fewer than 2 baseline values. */
  movingRangeMean: number | null;
  upperProcessLimit: number | null;
  lowerProcessLimit: number | null;
  points: XmrPoint[];
  /** null when there are no limits to judge against (fewer than 2 baseline values). */
  variation: SpcVariation | null;
  /** null without a target, with neutral improvement, or without limits. */
  assurance: SpcAssurance | null;
  /** Limits rest on fewer than 12 values, so they are "trial limits" [PTD vignette; MDC]. */
  trial: boolean;
}

/** 3 / d2 for moving ranges of two points (d2 = 1.128), rounded as MDC and PTD use it. */
export const XMR_LIMIT_FACTOR = 2.66;
/** D4 for n = 2: a moving range above 3.267 × mR̄ is itself out of control (Nelson 1982; PTD). */
export const MOVING_RANGE_SCREEN_FACTOR = 3.267;
/** Fewer baseline points than this gives trial limits [PTD number-of-points-required vignette]. */
export const MIN_POINTS_FOR_FIXED_LIMITS = 12;

/**
 * Builds an XmR chart for a series in time order.
 *
 * - Limits: mean ± 2.66 × mR̄, where the mean and the moving ranges come from the first `baselinePoints`
 *   values (all values by default) [MDC; PTD ptd_spc_standard]. Every point, baseline or not, is then
 *   judged against those limits.
 * - Screening (default on, as PTD; the MDC Excel tools do not screen — PTD vignette "Deviations from
 *   Excel defaults"): moving ranges above 3.267 × mR̄ are dropped and mR̄ recomputed once. PTD drops
 *   ranges "not below" the cut-off; this drops ranges above it, which differs only at exact equality and
 *   keeps a perfectly flat series (mR̄ = 0) from dropping every range.
 * - Rules: see `xmr-rules.ts`. A point on a limit is not beyond it (PTD uses strict comparisons).
 * - Colours: the first rule in `SPC_RULE_PRECEDENCE` that flags a point decides its colour; its direction
 *   (high/increasing or low/decreasing) against the improvement direction makes it "improvement" or
 *   "concern"; with neutral improvement every flagged point is "neutral".
 *
 * Small series: an empty array gives null statistics, no points, null variation and assurance, and
 * trial = true. A single value (or `baselinePoints` = 1) gives its mean but no moving range, so no
 * limits; no point is flagged and variation/assurance are null because nothing can be judged yet.
 *
 * @throws RangeError for a non-finite value or target, a `baselinePoints` that is not a positive
 * integer, or a `runLength` other than 6 or 7.
 */
export function xmrChart(values: readonly number[], options: XmrChartOptions = {}): XmrChart {
  const {
    improvement = "increase",
    target = null,
    baselinePoints,
    runLength = 7,
    screenOutliers = true,
  } = options;
  validate(values, { target, baselinePoints, runLength });

  const baseline = values.slice(0, Math.min(baselinePoints ?? values.length, values.length));
  const mean = baseline.length > 0 ? average(baseline) : null;
  const movingRangeMean = screenedMovingRangeMean(baseline, screenOutliers);
  const unflagged = values.map((value): XmrPoint => ({ value, specialCause: null, rules: [] }));

  if (mean === null || movingRangeMean === null) {
    return {
      mean,
      movingRangeMean,
      upperProcessLimit: null,
      lowerProcessLimit: null,
      points: unflagged,
      variation: null,
      assurance: null,
      trial: true,
    };
  }

  const upperProcessLimit = mean + XMR_LIMIT_FACTOR * movingRangeMean;
  const lowerProcessLimit = mean - XMR_LIMIT_FACTOR * movingRangeMean;
  const twoSigma = (2 / 3) * XMR_LIMIT_FACTOR * movingRangeMean;
  // Magnitude of the terms the limits are computed from: their rounding error is relative to this.
  const scale = Math.max(Math.abs(mean), XMR_LIMIT_FACTOR * movingRangeMean);

  const signals: Record<SpcRuleId, SignalDirection[]> = {
    outside_limits: values.map((v) => sideBeyond(v, lowerProcessLimit, upperProcessLimit, scale)),
    trend: trendSignals(values, runLength),
    two_of_three_beyond_two_sigma: twoOfThreeSignals(
      values.map((v) => sideBeyond(v, mean - twoSigma, mean + twoSigma, scale)),
    ),
    shift: shiftSignals(
      values.map((v) => sideBeyond(v, mean, mean, scale)),
      runLength,
    ),
  };

  const points = values.map((value, i): XmrPoint => {
    const rules = SPC_RULE_PRECEDENCE.filter((rule) => (signals[rule][i] ?? 0) !== 0);
    const decidingRule = rules[0];
    const direction = decidingRule === undefined ? 0 : (signals[decidingRule][i] ?? 0);
    return { value, specialCause: colourOf(direction, improvement), rules };
  });

  return {
    mean,
    movingRangeMean,
    upperProcessLimit,
    lowerProcessLimit,
    points,
    variation: variationOf(points.at(-1)?.specialCause ?? null),
    assurance: spcAssurance({ lowerProcessLimit, upperProcessLimit, target, improvement }),
    trial: baseline.length < MIN_POINTS_FOR_FIXED_LIMITS,
  };
}

/**
 * Assurance of meeting a target from the process limits [MDC; PTD R/ptd_calculate_assurance_type.R].
 * With improvement "increase": target below the lower limit → pass, above the upper limit → fail, else
 * inconsistent; mirrored for "decrease". null without a target or with neutral improvement.
 */
export function spcAssurance({
  lowerProcessLimit,
  upperProcessLimit,
  target,
  improvement,
}: {
  lowerProcessLimit: number;
  upperProcessLimit: number;
  target: number | null | undefined;
  improvement: SpcImprovement;
}): SpcAssurance | null {
  if (target === null || target === undefined || improvement === "neutral") return null;
  const side = sideBeyond(target, lowerProcessLimit, upperProcessLimit, 0);
  if (side === 0) return "inconsistent";
  const targetAboveProcess = side === 1;
  return targetAboveProcess === (improvement === "increase") ? "fail" : "pass";
}

function validate(
  values: readonly number[],
  {
    target,
    baselinePoints,
    runLength,
  }: { target: number | null; baselinePoints?: number; runLength: number },
): void {
  const badIndex = values.findIndex((v) => !Number.isFinite(v));
  if (badIndex >= 0) {
    throw new RangeError(`xmrChart: values[${badIndex}] is ${String(values[badIndex])}, not a finite number`);
  }
  if (target !== null && !Number.isFinite(target)) {
    throw new RangeError(`xmrChart: target must be a finite number, got ${String(target)}`);
  }
  if (baselinePoints !== undefined && !(Number.isInteger(baselinePoints) && baselinePoints >= 1)) {
    throw new RangeError(
      `xmrChart: baselinePoints must be a positive integer, got ${String(baselinePoints)}`,
    );
  }
  if (runLength !== 6 && runLength !== 7) {
    throw new RangeError(`xmrChart: runLength must be 6 or 7, got ${String(runLength)}`);
  }
}

function average(xs: readonly number[]): number {
  return xs.reduce((sum, x) => sum + x, 0) / xs.length;
}

/** mR̄ of the baseline, screened once for outlying ranges; null when there is no moving range. */
function screenedMovingRangeMean(baseline: readonly number[], screenOutliers: boolean): number | null {
  const ranges = baseline.slice(1).map((x, i) => Math.abs(x - (baseline[i] ?? x)));
  if (ranges.length === 0) return null;
  const raw = average(ranges);
  if (!screenOutliers) return raw;
  return average(ranges.filter((r) => r <= MOVING_RANGE_SCREEN_FACTOR * raw));
}

/**
 * 1 when x is above `upper`, -1 when below `lower`, 0 otherwise. Within rounding noise of a bound counts
 * as on it (see float-tolerance.ts), so a point on the mean breaks a shift and a point on a limit is not
 * beyond it even when the limit carries a rounding error. The noise is relative to the largest of x, the
 * bound and `scale` (the size of the terms the bound was computed from), so it is unchanged in relative
 * terms when the data are shifted or rescaled.
 */
function sideBeyond(x: number, lower: number, upper: number, scale: number): SignalDirection {
  if (x > upper + relativeSlack(x, upper, scale)) return 1;
  if (x < lower - relativeSlack(x, lower, scale)) return -1;
  return 0;
}

function colourOf(direction: SignalDirection, improvement: SpcImprovement): SpcSpecialCause | null {
  if (direction === 0) return null;
  if (improvement === "neutral") return "neutral";
  const good = improvement === "increase" ? 1 : -1;
  return direction === good ? "improvement" : "concern";
}

function variationOf(latest: SpcSpecialCause | null): SpcVariation {
  switch (latest) {
    case null:
      return "common_cause";
    case "improvement":
      return "special_cause_improvement";
    case "concern":
      return "special_cause_concern";
    case "neutral":
      return "special_cause_neutral";
  }
}
