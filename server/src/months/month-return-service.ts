import { readReturn } from "@scorecard/shared/month-return/read-return";
import type { HistoryFigure, RawReturnTable, ReturnFigure } from "@scorecard/shared/month-schema";
import { periodLabel } from "@scorecard/shared/periods";
import type { Db } from "../db/database.ts";
import { RowErrorsError } from "../errors.ts";
import type { OrganisationRow } from "../repositories/organisation-repository.ts";
import { listAreas, listIndicators } from "../repositories/scorecard-repository.ts";

/**
 * Checks a return (a file's rows, or the grid's) against the organisation's catalogue and areas:
 * every problem at once as a 422 that stores nothing, else the figures to store.
 */
export async function validatedReturn(
  db: Db,
  organisation: OrganisationRow,
  table: RawReturnTable,
  mode: { mode: "month"; period: string } | { mode: "history" },
): Promise<HistoryFigure[]> {
  const [indicatorList, areaList] = await Promise.all([
    listIndicators(db, organisation.id),
    listAreas(db, organisation.id),
  ]);
  const { figures, errors } = readReturn(table, {
    ...mode,
    indicators: indicatorList,
    areas: areaList.map((area) => ({ slug: area.slug, name: area.name })),
  });
  if (errors.length > 0) {
    const what = mode.mode === "month" ? `The return for ${periodLabel(mode.period)}` : "The history file";
    throw new RowErrorsError(
      `${what} has ${errors.length === 1 ? "a problem" : `${errors.length} problems`} and nothing was stored: fix ${errors.length === 1 ? "it" : "them"} and upload it again`,
      errors,
    );
  }
  return figures;
}

const GRID_COLUMNS = ["indicator", "area", "breakdown", "numerator", "denominator", "value", "note"] as const;

/** The grid's figures as a return table, so they pass the very same checks as a file (row = position in the list). */
export function gridAsTable(figures: readonly ReturnFigure[]): RawReturnTable {
  return {
    header: GRID_COLUMNS,
    rows: figures.map((figure, index) => ({
      row: index + 1,
      cells: GRID_COLUMNS.map((column) => figure[column] ?? null),
    })),
  };
}
