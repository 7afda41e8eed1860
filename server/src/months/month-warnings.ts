import { measureValue } from "@scorecard/shared/aggregation";
import { historyKey, returnWarnings } from "@scorecard/shared/month-return/return-warnings";
import type { ReturnFigure, ReturnWarning } from "@scorecard/shared/month-schema";
import { previousMonths } from "@scorecard/shared/periods";
import type { Db } from "../db/database.ts";
import { listPublishedFigures } from "../repositories/month-repository.ts";
import type { OrganisationRow } from "../repositories/organisation-repository.ts";
import { listAreas, listIndicators } from "../repositories/scorecard-repository.ts";

/** Figures past this many months back do not count toward the process limits a warning uses. */
const HISTORY_MONTHS = 24;

/** The warnings for a month's figures, against the published months before it. */
export async function monthWarnings(
  db: Db,
  organisation: OrganisationRow,
  period: string,
  figures: readonly ReturnFigure[],
): Promise<ReturnWarning[]> {
  const [indicatorList, areaList, past] = await Promise.all([
    listIndicators(db, organisation.id),
    listAreas(db, organisation.id),
    listPublishedFigures(db, organisation.id, previousMonths(period, HISTORY_MONTHS)),
  ]);
  const slugOf = new Map(areaList.map((area) => [area.id, area.slug]));
  const indicatorById = new Map(indicatorList.map((indicator) => [indicator.id, indicator]));
  const history = new Map<string, { period: string; value: number }[]>();
  for (const row of past) {
    const indicator = indicatorById.get(row.indicatorId);
    if (!indicator || row.breakdown !== "") continue;
    const value = measureValue({ ...row, unit: indicator.unit, measureKind: indicator.measureKind });
    if (value === null) continue;
    const key = historyKey(row.indicatorId, slugOf.get(row.areaId) ?? "");
    history.set(key, [...(history.get(key) ?? []), { period: row.period, value }]);
  }
  const ordered = new Map(
    [...history].map(([key, points]) => [
      key,
      points.sort((a, b) => (a.period < b.period ? -1 : 1)).map((point) => point.value),
    ]),
  );
  const lastMonth = previousMonths(period, 1)[0];
  const lastMonthValues = new Map(
    [...history].flatMap(([key, points]) => {
      const last = points.find((point) => point.period === lastMonth);
      return last ? [[key, last.value] as const] : [];
    }),
  );
  return returnWarnings({
    figures,
    history: ordered,
    lastMonth: lastMonthValues,
    indicators: indicatorList,
    areas: areaList.map((area) => ({
      slug: area.slug,
      name: area.name,
      parentSlug: area.parentId === null ? null : (slugOf.get(area.parentId) ?? null),
    })),
  });
}
