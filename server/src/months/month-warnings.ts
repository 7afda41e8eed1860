import type { MonthFigure, ReturnWarning } from "@scorecard/shared/month-schema";
import type { Db } from "../db/database.ts";
import type { OrganisationRow } from "../repositories/organisation-repository.ts";

// INTEGRATION PENDING (lead): replaced by the shared return-warnings engine when h-return lands.
export async function monthWarnings(
  _db: Db,
  _organisation: OrganisationRow,
  _period: string,
  _figures: readonly MonthFigure[],
): Promise<ReturnWarning[]> {
  return [];
}
