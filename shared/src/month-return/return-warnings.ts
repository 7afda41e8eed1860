import { measureValue } from "../aggregation.ts";
import type { MeasureKind, Unit } from "../indicator-schema.ts";
import type { ReturnWarning } from "../month-schema.ts";
import { xmrChart } from "../xmr-chart.ts";

/**
 * What is worth a second look in a return, without blocking it: a figure outside the indicator's
 * SPC process limits, a change from last month of more than half, and areas whose figures do not
 * add up to their parent's where the indicator adds up (ratio parts and counts; averages do not).
 */

export interface WarningIndicator {
  id: string;
  title: string;
  unit: Unit;
  measureKind: MeasureKind;
}

export interface WarningFigure {
  indicator: string;
  area: string;
  breakdown: string;
  numerator: number | null;
  denominator: number | null;
  value: number | null;
}

/** Fewer past months than this give no process limits worth warning on. */
export const MIN_MONTHS_FOR_LIMITS = 12;

export function returnWarnings(input: {
  figures: readonly WarningFigure[];
  /** Each indicator/area's published values of earlier months, oldest first (headline figures only). */
  history: ReadonlyMap<string, readonly number[]>;
  /** Each indicator/area's published value last month, where it has one. */
  lastMonth: ReadonlyMap<string, number>;
  indicators: readonly WarningIndicator[];
  areas: readonly { slug: string; name: string; parentSlug: string | null }[];
}): ReturnWarning[] {
  const indicatorById = new Map(input.indicators.map((indicator) => [indicator.id, indicator]));
  const areaName = new Map(input.areas.map((area) => [area.slug, area.name]));
  const warnings: ReturnWarning[] = [];
  const round = (n: number) => Math.round(n * 10) / 10;

  for (const figure of input.figures) {
    const indicator = indicatorById.get(figure.indicator);
    if (!indicator || figure.breakdown !== "") continue;
    const value = measureValue({ ...figure, unit: indicator.unit, measureKind: indicator.measureKind });
    if (value === null) continue;
    const where = `${indicator.title}, ${areaName.get(figure.area) ?? figure.area}`;
    const past = input.history.get(historyKey(figure.indicator, figure.area)) ?? [];
    const last = input.lastMonth.get(historyKey(figure.indicator, figure.area));
    if (last !== undefined && last !== 0 && Math.abs(value - last) / Math.abs(last) > 0.5) {
      warnings.push({
        kind: "large_change",
        indicator: figure.indicator,
        area: figure.area,
        breakdown: "",
        message: `${where}: ${round(value)} is a change of ${Math.round(((value - last) / Math.abs(last)) * 100)}% from last month's ${round(last)}`,
      });
    }
    if (past.length >= MIN_MONTHS_FOR_LIMITS) {
      const chart = xmrChart([...past]);
      const { upperProcessLimit: upper, lowerProcessLimit: lower } = chart;
      if ((upper !== null && value > upper) || (lower !== null && value < lower)) {
        warnings.push({
          kind: "outside_process_limits",
          indicator: figure.indicator,
          area: figure.area,
          breakdown: "",
          message: `${where}: ${round(value)} is outside the process limits of the last ${past.length} months (${round(lower ?? 0)} to ${round(upper ?? 0)})`,
        });
      }
    }
  }

  // Children that add up to their parent: each part of a ratio, or a count.
  const byArea = new Map(
    input.figures.filter((f) => f.breakdown === "").map((f) => [`${f.indicator}\u0000${f.area}`, f]),
  );
  for (const parent of input.areas) {
    const children = input.areas.filter((area) => area.parentSlug === parent.slug);
    if (children.length === 0) continue;
    for (const indicator of input.indicators) {
      if (indicator.measureKind === "mean") continue;
      const whole = byArea.get(`${indicator.id}\u0000${parent.slug}`);
      const parts = children.map((child) => byArea.get(`${indicator.id}\u0000${child.slug}`));
      if (!whole || parts.some((part) => part === undefined)) continue;
      const fields =
        indicator.measureKind === "ratio" ? (["numerator", "denominator"] as const) : (["value"] as const);
      for (const field of fields) {
        const total = whole[field];
        const sum = parts.reduce((acc, part) => acc + (part?.[field] ?? 0), 0);
        if (total !== null && Math.abs(sum - total) > 1e-9) {
          warnings.push({
            kind: "areas_do_not_add_up",
            indicator: indicator.id,
            area: parent.slug,
            breakdown: "",
            message: `${indicator.title}: the ${field}s of ${parent.name}'s ${children.length} areas add up to ${round(sum)}, not ${parent.name}'s ${round(total)}`,
          });
        }
      }
    }
  }
  return warnings;
}

export const historyKey = (indicator: string, area: string) => `${indicator}\u0000${area}`;
