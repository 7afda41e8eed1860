import { and, eq, max } from "drizzle-orm";
import type { Tx } from "../db/database.ts";
import { areas, organisations } from "../db/schema.ts";

/** Writes to an organisation's areas; each runs in the caller's transaction. */

/**
 * Locks the organisation's row until the transaction ends: area writes of one organisation are
 * then made one after the other, so two files cannot both create the same slug.
 */
export async function lockOrganisationAreas(tx: Tx, organisationId: number) {
  await tx
    .select({ id: organisations.id })
    .from(organisations)
    .where(eq(organisations.id, organisationId))
    .for("update");
}

export async function nextSortOrder(tx: Tx, organisationId: number): Promise<number> {
  const [row] = await tx
    .select({ last: max(areas.sortOrder) })
    .from(areas)
    .where(eq(areas.organisationId, organisationId));
  return (row?.last ?? -1) + 1;
}

export async function insertArea(tx: Tx, row: typeof areas.$inferInsert): Promise<number> {
  const [inserted] = await tx.insert(areas).values(row).returning({ id: areas.id });
  if (!inserted) throw new Error(`area "${row.slug}" was not stored`);
  return inserted.id;
}

export async function updateArea(
  tx: Tx,
  organisationId: number,
  slug: string,
  changes: Pick<typeof areas.$inferInsert, "name" | "kind" | "parentId">,
) {
  await tx
    .update(areas)
    .set(changes)
    .where(and(eq(areas.organisationId, organisationId), eq(areas.slug, slug)));
}
