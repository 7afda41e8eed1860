import { expectedReturnRows } from "@scorecard/shared/month-return/expected-rows";
import { addMonths, previousMonths } from "@scorecard/shared/periods";
import type { Db } from "../db/database.ts";
import { buildReturnTemplate } from "../month-return/return-template.ts";
import { listPublishedFigures } from "../repositories/month-repository.ts";
import type { OrganisationRow } from "../repositories/organisation-repository.ts";
import { listAreas, listIndicators } from "../repositories/scorecard-repository.ts";

/** The month's return to fill in, from the catalogue, the areas and the twelve months before. */
export async function monthTemplate(
  db: Db,
  organisation: OrganisationRow,
  period: string,
  format: "xlsx" | "csv",
) {
  const [indicatorList, areaList, recent] = await Promise.all([
    listIndicators(db, organisation.id),
    listAreas(db, organisation.id),
    listPublishedFigures(db, organisation.id, previousMonths(period, 12)),
  ]);
  const slugOf = new Map(areaList.map((area) => [area.id, area.slug]));
  const rows = expectedReturnRows({
    indicators: indicatorList,
    areas: areaList.map((area) => ({
      slug: area.slug,
      name: area.name,
      parentSlug: area.parentId === null ? null : (slugOf.get(area.parentId) ?? null),
    })),
    recent: recent.map((row) => ({
      indicator: row.indicatorId,
      area: slugOf.get(row.areaId) ?? "",
      breakdown: row.breakdown,
      period: row.period,
      numerator: row.numerator,
      denominator: row.denominator,
      value: row.value,
    })),
    lastMonth: addMonths(period, -1),
  });
  return buildReturnTemplate(rows, { period, organisationName: organisation.name, format });
}
