import { asc, count, eq } from "drizzle-orm";
import type { DbOrTx } from "../db/database.ts";
import { memberships, organisations, users } from "../db/schema.ts";

export type UserRow = typeof users.$inferSelect;

/** Emails are compared lower-cased: the column holds them lower-cased. */
export const normaliseEmail = (email: string) => email.trim().toLowerCase();

export async function findUserByEmail(db: DbOrTx, email: string): Promise<UserRow | undefined> {
  const [row] = await db
    .select()
    .from(users)
    .where(eq(users.email, normaliseEmail(email)));
  return row;
}

export async function findUserById(db: DbOrTx, id: number): Promise<UserRow | undefined> {
  const [row] = await db.select().from(users).where(eq(users.id, id));
  return row;
}

export async function countUsers(db: DbOrTx): Promise<number> {
  const [row] = await db.select({ users: count() }).from(users);
  return row?.users ?? 0;
}

export async function insertUser(
  db: DbOrTx,
  user: { email: string; displayName: string; passwordHash: string | null; isInstallationAdmin: boolean },
): Promise<UserRow> {
  const [row] = await db
    .insert(users)
    .values({ ...user, email: normaliseEmail(user.email) })
    .onConflictDoNothing()
    .returning();
  return row as UserRow;
}

export async function setPasswordHash(db: DbOrTx, userId: number, passwordHash: string) {
  await db.update(users).set({ passwordHash, updatedAt: new Date() }).where(eq(users.id, userId));
}

/** A person's memberships with their organisations' slugs and names, in organisation order. */
export function membershipsOfUser(db: DbOrTx, userId: number) {
  return db
    .select({
      organisationId: memberships.organisationId,
      slug: organisations.slug,
      name: organisations.name,
      role: memberships.role,
    })
    .from(memberships)
    .innerJoin(organisations, eq(organisations.id, memberships.organisationId))
    .where(eq(memberships.userId, userId))
    .orderBy(asc(organisations.name));
}
