import type { AreaNode, IndicatorRules, ObservationRecord } from "@scorecard/shared/area-figures";
import type { RuleVersion } from "@scorecard/shared/rule-in-force";
import type { PaperBenchmark, TargetEntry } from "@scorecard/shared/scorecard-snapshot";
import type {
  AreaRecord,
  BenchmarkRecord,
  IndicatorRecord,
  ObservationRow,
  PopulationRow,
  RuleVersionRecord,
  TargetRecord,
} from "../repositories/scorecard-repository.ts";

/**
 * Stored rows as the plain records the shared engine computes from: areas by their public id
 * (slug) instead of the database's serial id.
 */

export function toIndicatorRules(record: IndicatorRecord): IndicatorRules {
  return {
    id: record.id,
    ref: record.ref,
    title: record.title,
    unit: record.unit,
    polarity: record.polarity,
    measureKind: record.measureKind,
    baselineKind: record.baselineKind,
    baselineLabel: record.baselineLabel,
    baselineMonth: record.baselineMonth,
    tolerance: record.tolerance,
    trendThreshold: record.trendThreshold,
    decimals: record.decimals,
    showsRatePer10k: record.showsRatePer10k,
    dfeMeasureId: record.dfeMeasureId,
  };
}

export function toRuleVersion(record: RuleVersionRecord): RuleVersion {
  const { indicatorId, effectiveUntil, polarity, baselineKind, baselineLabel, baselineMonth } = record;
  return {
    indicatorId,
    effectiveUntil,
    polarity,
    baselineKind,
    baselineLabel,
    baselineMonth,
    tolerance: record.tolerance,
    trendThreshold: record.trendThreshold,
  };
}

export function toTargetEntry({ indicatorId, effectiveFrom, value }: TargetRecord): TargetEntry {
  return { indicatorId, effectiveFrom, value };
}

export function toPaperBenchmark(record: BenchmarkRecord): PaperBenchmark {
  const { indicatorId, kind, value, unit, periodLabel, effectiveFrom, source } = record;
  return { indicatorId, kind, value, unit, periodLabel, effectiveFrom, source };
}

/** Maps serial area ids to public ids for the rows of one organisation's areas. */
export class AreaIds {
  private readonly slugOf: Map<number, string>;

  constructor(readonly areas: readonly AreaRecord[]) {
    this.slugOf = new Map(areas.map((area) => [area.id, area.slug]));
  }

  slug(id: number): string {
    const slug = this.slugOf.get(id);
    if (slug === undefined) throw new Error(`area ${id} is not one of the organisation's areas`);
    return slug;
  }

  nodes(): AreaNode[] {
    return this.areas.map((area) => ({
      id: area.slug,
      name: area.name,
      parentId: area.parentId === null ? null : this.slug(area.parentId),
    }));
  }

  observation(row: ObservationRow): ObservationRecord {
    return {
      areaId: this.slug(row.areaId),
      period: row.period,
      indicatorId: row.indicatorId,
      breakdown: row.breakdown,
      numerator: row.numerator,
      denominator: row.denominator,
      value: row.value,
      source: row.source,
    };
  }

  population(row: PopulationRow) {
    return { areaId: this.slug(row.areaId), year: row.year, population: row.population };
  }
}
