import type { TeamAreasBody } from "@scorecard/shared/annex-a/annex-a-schema";
import { teamKey } from "@scorecard/shared/annex-a/compute-figure";
import { eq } from "drizzle-orm";
import type { Db } from "../db/database.ts";
import { annexATeamAreas } from "../db/schema.ts";
import type { WriteContext } from "../db/write-transaction.ts";
import { writeTransaction } from "../db/write-transaction.ts";
import { RowErrorsError } from "../errors.ts";
import { listAreas } from "../repositories/scorecard-repository.ts";
import { teamAreaTable } from "./annex-a-import-service.ts";

/**
 * Replaces the organisation's whole team → area table in one audited transaction. Every problem is
 * reported at once (row = position in the list, from 1) and nothing is stored.
 */
export async function replaceTeamAreas(
  db: Db,
  context: WriteContext & { organisationId: number },
  body: TeamAreasBody,
): Promise<TeamAreasBody> {
  const { organisationId } = context;
  const areaIds = new Map((await listAreas(db, organisationId)).map((area) => [area.slug, area.id]));
  const problems: { row: number; column: string; message: string }[] = [];
  const seen = new Map<string, number>();
  body.teams.forEach((entry, index) => {
    const row = index + 1;
    const key = teamKey(entry.team);
    const earlier = seen.get(key);
    if (earlier !== undefined)
      problems.push({ row, column: "team", message: `"${entry.team}" is already on row ${earlier}` });
    else seen.set(key, row);
    if (!areaIds.has(entry.area))
      problems.push({ row, column: "area", message: `there is no area "${entry.area}"` });
  });
  if (problems.length > 0)
    throw new RowErrorsError(
      `The team table has ${problems.length === 1 ? "a problem" : `${problems.length} problems`} and nothing was stored`,
      problems,
    );
  await writeTransaction(db, context, async (tx) => {
    await tx.delete(annexATeamAreas).where(eq(annexATeamAreas.organisationId, organisationId));
    if (body.teams.length > 0)
      await tx.insert(annexATeamAreas).values(
        body.teams.map((entry) => ({
          organisationId,
          teamKey: teamKey(entry.team),
          team: entry.team,
          areaId: areaIds.get(entry.area) ?? 0,
        })),
      );
  });
  return { teams: (await teamAreaTable(db, organisationId)).map(({ team, area }) => ({ team, area })) };
}
