import { and, eq, gte, or, sql } from "drizzle-orm";
import type { DbOrTx } from "../db/database.ts";
import { loginAttempts } from "../db/schema.ts";

export type LoginOutcome = "success" | "failure" | "locked";

export async function recordLoginAttempt(
  db: DbOrTx,
  attempt: { email: string; ip: string; outcome: LoginOutcome; at: Date },
) {
  await db.insert(loginAttempts).values({
    email: attempt.email,
    ip: attempt.ip,
    outcome: attempt.outcome,
    attemptedAt: attempt.at,
  });
}

/**
 * Failures since `since` for this email and for this IP, each with the oldest one's time (when it
 * leaves the window the count drops). One query, read from the shared table, so every server
 * process on the database sees the same counts.
 */
export async function recentFailures(db: DbOrTx, email: string, ip: string, since: Date) {
  const [row] = await db
    .select({
      byEmail: sql<number>`count(*) filter (where ${loginAttempts.email} = ${email})`.mapWith(Number),
      byIp: sql<number>`count(*) filter (where ${loginAttempts.ip} = ${ip})`.mapWith(Number),
      oldestByEmail:
        sql<Date | null>`min(${loginAttempts.attemptedAt}) filter (where ${loginAttempts.email} = ${email})`.mapWith(
          (value) => (value ? new Date(value) : null),
        ),
      oldestByIp:
        sql<Date | null>`min(${loginAttempts.attemptedAt}) filter (where ${loginAttempts.ip} = ${ip})`.mapWith(
          (value) => (value ? new Date(value) : null),
        ),
    })
    .from(loginAttempts)
    .where(
      and(
        eq(loginAttempts.outcome, "failure"),
        gte(loginAttempts.attemptedAt, since),
        or(eq(loginAttempts.email, email), eq(loginAttempts.ip, ip)),
      ),
    );
  return row ?? { byEmail: 0, byIp: 0, oldestByEmail: null, oldestByIp: null };
}
