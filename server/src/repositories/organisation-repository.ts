import { asc, eq, inArray, or } from "drizzle-orm";
import type { DbOrTx } from "../db/database.ts";
import { localAuthorities, organisations } from "../db/schema.ts";

export type OrganisationRow = typeof organisations.$inferSelect;

export async function findOrganisationBySlug(db: DbOrTx, slug: string): Promise<OrganisationRow | undefined> {
  const [row] = await db.select().from(organisations).where(eq(organisations.slug, slug));
  return row;
}

/** The organisation the unscoped routes serve: the first one created (as the scorecard reads do). */
/** The organisation unscoped routes serve: DEFAULT_ORG's when set, else the first created. */
export async function findDefaultOrganisation(
  db: DbOrTx,
  defaultSlug?: string | undefined,
): Promise<OrganisationRow | undefined> {
  if (defaultSlug) return findOrganisationBySlug(db, defaultSlug);
  const [row] = await db.select().from(organisations).orderBy(asc(organisations.id)).limit(1);
  return row;
}

/** All organisations, or the public ones plus those with the given ids. */
export function listOrganisations(db: DbOrTx, visible: "all" | { memberOf: number[] }) {
  const query = db.select().from(organisations).orderBy(asc(organisations.name));
  if (visible === "all") return query;
  const memberOf = visible.memberOf.length > 0 ? inArray(organisations.id, visible.memberOf) : undefined;
  return query.where(or(eq(organisations.isPublic, true), memberOf));
}

export async function findLocalAuthority(db: DbOrTx, code: string) {
  const [row] = await db.select().from(localAuthorities).where(eq(localAuthorities.code, code));
  return row;
}

export async function insertOrganisation(db: DbOrTx, organisation: typeof organisations.$inferInsert) {
  const [row] = await db.insert(organisations).values(organisation).onConflictDoNothing().returning();
  return row;
}
