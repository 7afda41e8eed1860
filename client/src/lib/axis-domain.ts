import { formatValue } from "@scorecard/shared/figure-format";
import type { Unit } from "@scorecard/shared/indicator-schema";

/**
 * The vertical axis of every line chart (the indicator page's trend and SPC charts, the benchmarks
 * page's history). Starting every axis at zero would flatten a re-referral rate moving between 20% and
 * 28% into a nearly straight line, so the axis starts at zero only when the figures would still fill at
 * least half of its height; otherwise it starts just below the lowest figure, and the page says so in
 * words. A flat series (one figure, or the same figure every time) has no change to show, so its axis
 * starts at zero.
 */
export interface AxisDomain {
  min: number;
  max: number;
  /** Evenly spaced, from `min` to `max`. */
  ticks: number[];
  /** The gap between ticks, for choosing how many decimals the tick labels need. */
  step: number;
}

/** Zero is kept when the lowest figure is at most this share of the highest. */
export const ZERO_BASED_SHARE = 0.5;
/** Space left above and below the figures, as a share of their range. */
const PADDING_SHARE = 0.1;
const WANTED_TICKS = 5;

/** 1, 2 or 5 times a power of ten: the smallest such step not below `raw` (ticks read 20%, 25%, 30%). */
export function niceStep(raw: number): number {
  if (!(raw > 0) || !Number.isFinite(raw)) return 1;
  const power = 10 ** Math.floor(Math.log10(raw));
  const fraction = raw / power;
  const nice = [1, 2, 5, 10].find((candidate) => fraction <= candidate + 1e-9) ?? 10;
  return nice * power;
}

const tidy = (value: number) => Number(value.toFixed(10));

/**
 * A padded domain covering every finite value given (figures, targets, benchmarks, process limits).
 * Every unit the scorecard uses is non-negative, so the axis never goes below zero (a process limit
 * below zero is left off the chart), and a percentage axis never goes above 100%. With `decimals`, the
 * ticks are never closer together than the figures are printed (no 0.05 steps for whole numbers).
 */
export function axisDomain(
  values: readonly (number | null | undefined)[],
  unit: Unit,
  decimals?: number,
): AxisDomain {
  const finite = values.filter(
    (value): value is number => typeof value === "number" && Number.isFinite(value),
  );
  const ceiling = unit === "percent" ? 100 : Number.POSITIVE_INFINITY;
  const inRange = finite.map((value) => Math.min(Math.max(value, 0), ceiling));
  if (inRange.length === 0) {
    const max = unit === "percent" ? 100 : 1;
    return { min: 0, max, ticks: [0, max], step: max };
  }
  const low = Math.min(...inRange);
  const high = Math.max(...inRange);
  // With no spread at all there is no change to show, so zero gives the figure its true size.
  const zeroBased = low === high || low <= high * ZERO_BASED_SHARE;
  const from = zeroBased ? 0 : low;
  const span = high - from || Math.abs(high) * 0.1 || 1;
  const paddedLow = zeroBased ? 0 : Math.max(from - span * PADDING_SHARE, 0);
  const paddedHigh = Math.min(high + span * PADDING_SHARE, ceiling);

  const nice = niceStep((paddedHigh - paddedLow) / WANTED_TICKS);
  const step = decimals === undefined ? nice : Math.max(nice, 10 ** -decimals);
  const min = tidy(Math.max(Math.floor(paddedLow / step) * step, 0));
  const max = tidy(Math.min(Math.ceil(paddedHigh / step) * step, ceiling));
  const ticks: number[] = [];
  for (let tick = min; tick <= max + step / 1000; tick = tidy(tick + step)) ticks.push(tick);
  if (ticks.at(-1) !== max) ticks.push(max);
  return { min, max, ticks, step };
}

/** Decimals a tick label needs so that 0.5 does not print as 1. */
export function stepDecimals(step: number): number {
  for (let decimals = 0; decimals < 6; decimals++) {
    if (Math.abs(step * 10 ** decimals - Math.round(step * 10 ** decimals)) < 1e-9) return decimals;
  }
  return 6;
}

/** A short tick label: "18%", "1,200", "15.5"; the unit of other figures is named in the chart's legend. */
export function tickLabel(value: number, unit: Unit, step: number): string {
  return formatValue(value, unit === "percent" ? "percent" : "number", stepDecimals(step));
}

/**
 * The sentence under a chart that says where its vertical axis starts, and why. `changes` names what
 * a raised axis lets the reader see: "changes" on a monthly chart, "changes from year to year" on a
 * yearly one.
 */
export function axisNote(domain: AxisDomain, unit: Unit, changes = "changes"): string {
  if (domain.min === 0) return "The vertical axis starts at zero.";
  return `The vertical axis starts at ${tickLabel(domain.min, unit, domain.step)}, not zero, so that ${changes} are visible.`;
}

/**
 * What a Recharts vertical axis takes from the domain: its range, its evenly spaced ticks and their short
 * labels. Figures outside the range (a process limit below zero) are left off rather than stretching it.
 */
export function yAxisProps(domain: AxisDomain, unit: Unit) {
  return {
    domain: [domain.min, domain.max] as [number, number],
    ticks: domain.ticks,
    allowDataOverflow: true,
    tickFormatter: (value: number) => tickLabel(value, unit, domain.step),
  };
}
