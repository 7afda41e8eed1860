import type { Unit } from "@scorecard/shared/indicator-schema";
import { formatValue } from "../../../lib/format.ts";

/**
 * The vertical axis of the history chart. A re-referral rate moving between 18% and 25% would be a flat
 * line on an axis from zero, so zero is kept only when the figures would still fill at least half of the
 * height; otherwise the axis starts a little below the lowest figure, and the page says so.
 */
export interface AxisDomain {
  min: number;
  max: number;
  ticks: number[];
  step: number;
}

const ZERO_SHARE = 0.5;
const PADDING = 0.1;
const WANTED_TICKS = 5;

const tidy = (value: number) => Number(value.toFixed(10));

/** 1, 2 or 5 × a power of ten, the smallest not below `raw`. */
export function niceStep(raw: number): number {
  if (!(raw > 0) || !Number.isFinite(raw)) return 1;
  const power = 10 ** Math.floor(Math.log10(raw));
  const nice = [1, 2, 5, 10].find((candidate) => raw / power <= candidate + 1e-9) ?? 10;
  return nice * power;
}

export function axisDomain(values: readonly (number | null | undefined)[], unit: Unit): AxisDomain {
  const ceiling = unit === "percent" ? 100 : Number.POSITIVE_INFINITY;
  const finite = values
    .filter((value): value is number => typeof value === "number" && Number.isFinite(value))
    .map((value) => Math.min(Math.max(value, 0), ceiling));
  if (finite.length === 0) {
    const max = unit === "percent" ? 100 : 1;
    return { min: 0, max, ticks: [0, max], step: max };
  }
  const low = Math.min(...finite);
  const high = Math.max(...finite);
  const zeroBased = low === high || low <= high * ZERO_SHARE;
  const span = high - (zeroBased ? 0 : low) || high || 1;
  const paddedLow = zeroBased ? 0 : Math.max(low - span * PADDING, 0);
  const paddedHigh = Math.min(high + span * PADDING, ceiling);
  const step = niceStep((paddedHigh - paddedLow) / WANTED_TICKS);
  const min = tidy(Math.max(Math.floor(paddedLow / step) * step, 0));
  const max = tidy(Math.min(Math.ceil(paddedHigh / step) * step, ceiling));
  const ticks: number[] = [];
  for (let tick = min; tick <= max + step / 1000; tick = tidy(tick + step)) ticks.push(tick);
  if (ticks.at(-1) !== max) ticks.push(max);
  return { min, max, ticks, step };
}

function stepDecimals(step: number): number {
  for (let decimals = 0; decimals < 6; decimals++) {
    const scaled = step * 10 ** decimals;
    if (Math.abs(scaled - Math.round(scaled)) < 1e-9) return decimals;
  }
  return 6;
}

/** A short tick label: "20%", "1,200", "15.5"; other units are named in the chart's description. */
export function tickLabel(value: number, unit: Unit, step: number): string {
  return formatValue(value, unit === "percent" ? "percent" : "number", stepDecimals(step));
}

/** Where the vertical axis starts, and why, in words. */
export function axisNote(domain: AxisDomain, unit: Unit): string {
  if (domain.min === 0) return "The vertical axis starts at zero.";
  return `The vertical axis starts at ${tickLabel(domain.min, unit, domain.step)}, not zero, so that changes from year to year are visible.`;
}
