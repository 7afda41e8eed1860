import type { Role } from "@scorecard/shared/roles";
import { and, asc, eq } from "drizzle-orm";
import type { DbOrTx } from "../db/database.ts";
import { memberships, users } from "../db/schema.ts";

export function listMembers(db: DbOrTx, organisationId: number) {
  return db
    .select({ email: users.email, name: users.displayName, role: memberships.role })
    .from(memberships)
    .innerJoin(users, eq(users.id, memberships.userId))
    .where(eq(memberships.organisationId, organisationId))
    .orderBy(asc(users.email));
}

export async function findMembership(db: DbOrTx, organisationId: number, userId: number) {
  const [row] = await db
    .select()
    .from(memberships)
    .where(and(eq(memberships.organisationId, organisationId), eq(memberships.userId, userId)));
  return row;
}

export async function upsertMembership(db: DbOrTx, organisationId: number, userId: number, role: Role) {
  await db
    .insert(memberships)
    .values({ organisationId, userId, role })
    .onConflictDoUpdate({
      target: [memberships.organisationId, memberships.userId],
      set: { role, updatedAt: new Date() },
    });
}

export async function deleteMembership(db: DbOrTx, organisationId: number, userId: number) {
  await db
    .delete(memberships)
    .where(and(eq(memberships.organisationId, organisationId), eq(memberships.userId, userId)));
}

/**
 * The organisation's org admins, locked until the transaction ends, so two concurrent demotions
 * cannot both see "another admin remains" and leave none.
 */
export async function countOrgAdmins(db: DbOrTx, organisationId: number): Promise<number> {
  const admins = await db
    .select({ userId: memberships.userId })
    .from(memberships)
    .where(and(eq(memberships.organisationId, organisationId), eq(memberships.role, "org_admin")))
    .for("update");
  return admins.length;
}
