import { measureValue, ratePer10k } from "./aggregation.ts";
import type { DataSource } from "./api-schema.ts";
import { type AreaFigure, combineAreaFigures } from "./area-aggregation.ts";
import { populationForPeriod } from "./in-force.ts";
import type { BaselineKind, MeasureKind, Polarity, Unit } from "./indicator-schema.ts";

/**
 * The plain records a scorecard or series is computed from, as the server loads them, and the
 * rules that turn stored observations into an area's figure for a month.
 */

/** An indicator as the engine needs it: how its value is made, rated and compared. */
export interface IndicatorRules {
  id: string;
  ref: number;
  title: string;
  unit: Unit;
  polarity: Polarity;
  measureKind: MeasureKind;
  baselineKind: BaselineKind;
  baselineLabel: string;
  baselineMonth: string | null;
  tolerance: number | null;
  trendThreshold: number | null;
  decimals: number;
  showsRatePer10k: boolean;
  /** The DfE measure the indicator is benchmarked against; null when it has none. */
  dfeMeasureId: string | null;
}

/** An area of the organisation, by its public id; `parentId` is the parent's public id. */
export interface AreaNode {
  id: string;
  name: string;
  parentId: string | null;
}

/** The headline figure of an indicator has no breakdown. */
export const HEADLINE = "";

/** A stored figure: one indicator, area, month and breakdown (`HEADLINE` for the headline). */
export interface ObservationRecord extends AreaFigure {
  areaId: string;
  period: string;
  indicatorId: string;
  breakdown: string;
  source: DataSource;
}

/** Children aged 0–17 in an area by mid-year estimate. */
export interface PopulationRecord {
  areaId: string;
  year: number;
  population: number;
}

export interface ResolvedFigure {
  value: number | null;
  numerator: number | null;
  denominator: number | null;
  source: DataSource;
}

/** Observations looked up by area, month, indicator and breakdown. */
export class ObservationIndex {
  private readonly byKey = new Map<string, ObservationRecord>();

  constructor(readonly rows: readonly ObservationRecord[]) {
    for (const row of rows)
      this.byKey.set(ObservationIndex.key(row.areaId, row.period, row.indicatorId, row.breakdown), row);
  }

  private static key(areaId: string, period: string, indicatorId: string, breakdown: string) {
    return JSON.stringify([areaId, period, indicatorId, breakdown]);
  }

  get(areaId: string, period: string, indicatorId: string, breakdown = HEADLINE) {
    return this.byKey.get(ObservationIndex.key(areaId, period, indicatorId, breakdown));
  }
}

/** A stored (or combined) figure as the value the scorecard shows. */
export function displayValue(indicator: IndicatorRules, raw: AreaFigure): number | null {
  return measureValue({
    unit: indicator.unit,
    measureKind: indicator.measureKind,
    numerator: raw.numerator,
    denominator: raw.denominator,
    value: raw.value,
  });
}

/**
 * An area's headline figure for a month: its own observation, or else one combined from its
 * children's (wards into a district, areas into the city) by the shared aggregation rules. Null
 * when it has none and any child lacks one: a total short of a child is not the total.
 */
export function resolveFigure(
  indicator: IndicatorRules,
  area: AreaNode,
  childAreas: readonly AreaNode[],
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
  const combined = combineAreaFigures(indicator.measureKind, present);
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
  indicator: IndicatorRules,
  figure: Pick<ResolvedFigure, "numerator" | "value"> | null,
  populations: readonly PopulationRecord[],
  period: string,
): number | null {
  if (!indicator.showsRatePer10k || !figure) return null;
  const count = figure.numerator ?? figure.value;
  const population = populationForPeriod(populations, period);
  return count === null || !population ? null : ratePer10k(count, population.population);
}

export const childrenOf = (areas: readonly AreaNode[], parent: AreaNode) =>
  areas.filter((candidate) => candidate.parentId === parent.id);
