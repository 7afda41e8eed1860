import { and, eq, lt, ne, or } from "drizzle-orm";
import type { DbOrTx } from "../db/database.ts";
import { sessions, users } from "../db/schema.ts";

export async function insertSession(
  db: DbOrTx,
  session: { tokenHash: string; csrfToken: string; userId: number; expiresAt: Date; now: Date },
) {
  const [row] = await db
    .insert(sessions)
    .values({
      tokenHash: session.tokenHash,
      csrfToken: session.csrfToken,
      userId: session.userId,
      expiresAt: session.expiresAt,
      createdAt: session.now,
      lastSeenAt: session.now,
    })
    .returning({ id: sessions.id });
  if (!row) throw new Error("session insert returned nothing");
  return row;
}

export async function findSessionByTokenHash(db: DbOrTx, tokenHash: string) {
  const [row] = await db
    .select({ session: sessions, user: users })
    .from(sessions)
    .innerJoin(users, eq(users.id, sessions.userId))
    .where(eq(sessions.tokenHash, tokenHash));
  return row;
}

export async function touchSession(db: DbOrTx, sessionId: number, now: Date) {
  await db.update(sessions).set({ lastSeenAt: now }).where(eq(sessions.id, sessionId));
}

export async function deleteSession(db: DbOrTx, sessionId: number) {
  await db.delete(sessions).where(eq(sessions.id, sessionId));
}

/** Ends a person's other sessions (after a password change). */
export async function deleteOtherSessions(db: DbOrTx, userId: number, keepSessionId: number | null) {
  await db
    .delete(sessions)
    .where(
      keepSessionId === null
        ? eq(sessions.userId, userId)
        : and(eq(sessions.userId, userId), ne(sessions.id, keepSessionId)),
    );
}

/** Housekeeping: sessions past their absolute or idle limit. */
export async function deleteExpiredSessions(db: DbOrTx, now: Date, idleSince: Date) {
  await db.delete(sessions).where(or(lt(sessions.expiresAt, now), lt(sessions.lastSeenAt, idleSince)));
}
