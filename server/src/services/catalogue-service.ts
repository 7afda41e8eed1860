import type {
  AreasResponse,
  IndicatorsResponse,
  PeriodsResponse,
  TargetsResponse,
} from "@scorecard/shared/api-schema";
import { indicatorDefinitionSchema } from "@scorecard/shared/indicator-schema";
import { periodLabel } from "@scorecard/shared/periods";
import type { Db } from "../db/database.ts";
import { NotFoundError } from "../errors.ts";
import type { OrganisationRow } from "../repositories/organisation-repository.ts";
import { listPeriodsWithData } from "../repositories/period-repository.ts";
import {
  findIndicator,
  type IndicatorRecord,
  listAreas,
  listIndicators,
  listPopulations,
  listTargets,
} from "../repositories/scorecard-repository.ts";

/** The area hierarchy with each area's latest 0–17 population. */
export async function getAreas(db: Db, organisation: OrganisationRow): Promise<AreasResponse> {
  const areaList = await listAreas(db, organisation.id);
  const populations = await listPopulations(
    db,
    areaList.map((area) => area.id),
  );
  const slugOf = new Map(areaList.map((area) => [area.id, area.slug]));
  return {
    areas: areaList.map((area) => {
      const latest = populations.filter((row) => row.areaId === area.id).sort((a, b) => b.year - a.year)[0];
      return {
        id: area.slug,
        name: area.name,
        kind: area.kind,
        parentId: area.parentId === null ? null : (slugOf.get(area.parentId) ?? null),
        population: latest?.population ?? null,
        populationYear: latest?.year ?? null,
      };
    }),
  };
}

/** A stored indicator as the contract defines it (its fields, checked; a bad row is a server fault). */
export function toIndicator(record: IndicatorRecord) {
  const definition = indicatorDefinitionSchema.parse(record);
  return { ...definition, baselineLabel: record.baselineLabel, showsRatePer10k: record.showsRatePer10k };
}

export async function getIndicators(db: Db, organisation: OrganisationRow): Promise<IndicatorsResponse> {
  return { indicators: (await listIndicators(db, organisation.id)).map(toIndicator) };
}

/** Every target the indicator has had, oldest first, with the reason for each change. */
export async function getTargetHistory(
  db: Db,
  organisation: OrganisationRow,
  indicatorId: string,
): Promise<TargetsResponse> {
  const indicator = await findIndicator(db, organisation.id, indicatorId);
  if (!indicator) throw new NotFoundError(`id: no indicator "${indicatorId}"`);
  const targets = (await listTargets(db, organisation.id)).filter(
    (entry) => entry.indicatorId === indicatorId,
  );
  return {
    indicatorId,
    unit: indicator.unit,
    targets: targets.map((entry) => ({
      effectiveFrom: entry.effectiveFrom,
      value: entry.value,
      reason: entry.reason,
      recordedAt: entry.recordedAt.toISOString(),
    })),
  };
}

/** The months this organisation has figures for, latest first, each published or illustrative. */
export async function getPeriods(db: Db, organisation: OrganisationRow): Promise<PeriodsResponse> {
  const areaList = await listAreas(db, organisation.id);
  const rows = await listPeriodsWithData(
    db,
    areaList.map((area) => area.id),
  );
  return {
    periods: rows.map((row) => ({
      period: row.period,
      label: periodLabel(row.period),
      source: row.hasPublished ? ("published" as const) : ("illustrative" as const),
    })),
  };
}
