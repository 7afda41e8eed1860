import { measureValue, ratePer10k } from "@scorecard/shared/aggregation";
import type { DataSource } from "@scorecard/shared/api-schema";
import { type AreaFigure, combineAreaFigures } from "@scorecard/shared/area-aggregation";
import { populationForPeriod } from "@scorecard/shared/in-force";
import type { MeasureKind, Unit } from "@scorecard/shared/indicator-schema";
import type {
  AreaRecord,
  IndicatorRecord,
  ObservationRecord,
  PopulationRecord,
} from "../repositories/scorecard-repository.ts";

/** The headline figure of an indicator has no breakdown. */
export const HEADLINE = "";

export interface ResolvedFigure {
  value: number | null;
  numerator: number | null;
  denominator: number | null;
  source: DataSource;
}

/** Observations fetched for a request, looked up by area, month, indicator and breakdown. */
export class ObservationIndex {
  private readonly byKey = new Map<string, ObservationRecord>();

  constructor(readonly rows: readonly ObservationRecord[]) {
    for (const row of rows)
      this.byKey.set(ObservationIndex.key(row.areaId, row.period, row.indicatorId, row.breakdown), row);
  }

  private static key(areaId: number, period: string, indicatorId: string, breakdown: string) {
    return `${areaId}|${period}|${indicatorId}|${breakdown}`;
  }

  get(areaId: number, period: string, indicatorId: string, breakdown = HEADLINE) {
    return this.byKey.get(ObservationIndex.key(areaId, period, indicatorId, breakdown));
  }
}

/** An observation (or any raw figure) as the value the scorecard shows, via the shared engine. */
export function displayValue(indicator: IndicatorRecord, raw: AreaFigure): number | null {
  return measureValue({
    unit: indicator.unit as Unit,
    measureKind: indicator.measureKind as MeasureKind,
    numerator: raw.numerator,
    denominator: raw.denominator,
    value: raw.value,
  });
}

/**
 * An area's headline figure for a month: its own observation, or else one combined from its
 * children's (wards into a district, areas into the city) by the shared aggregation rules.
 */
export function resolveFigure(
  indicator: IndicatorRecord,
  area: AreaRecord,
  childAreas: readonly AreaRecord[],
  period: string,
  index: ObservationIndex,
): ResolvedFigure | null {
  const own = index.get(area.id, period, indicator.id);
  if (own) {
    return {
      value: displayValue(indicator, own),
      numerator: own.numerator,
      denominator: own.denominator,
      source: own.source,
    };
  }
  const children = childAreas.map((child) => index.get(child.id, period, indicator.id));
  if (children.length === 0 || children.some((child) => child === undefined)) return null;
  const present = children as ObservationRecord[];
  const combined = combineAreaFigures(indicator.measureKind as MeasureKind, present);
  if (!combined) return null;
  return {
    value: displayValue(indicator, combined),
    numerator: combined.numerator,
    denominator: combined.denominator,
    source: present.some((child) => child.source === "illustrative") ? "illustrative" : "published",
  };
}

/** Rate per 10,000 children for indicators the papers show it for (CP plans, children in care). */
export function ratePer10kFor(
  indicator: IndicatorRecord,
  figure: Pick<ResolvedFigure, "numerator" | "value"> | null,
  populations: readonly PopulationRecord[],
  period: string,
): number | null {
  if (!indicator.showsRatePer10k || !figure) return null;
  const count = figure.numerator ?? figure.value;
  const population = populationForPeriod(populations, period);
  return count === null || !population ? null : ratePer10k(count, population.population);
}
