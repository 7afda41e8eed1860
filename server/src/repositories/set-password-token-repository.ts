import { and, eq, gt, isNull } from "drizzle-orm";
import type { DbOrTx } from "../db/database.ts";
import { setPasswordTokens } from "../db/schema.ts";

export async function insertSetPasswordToken(
  db: DbOrTx,
  token: { tokenHash: string; userId: number; expiresAt: Date },
) {
  await db.insert(setPasswordTokens).values(token);
}

/** Marks an unused, unexpired token used and returns its user; undefined when there is none. */
export async function consumeSetPasswordToken(db: DbOrTx, tokenHash: string, now: Date) {
  const [row] = await db
    .update(setPasswordTokens)
    .set({ usedAt: now })
    .where(
      and(
        eq(setPasswordTokens.tokenHash, tokenHash),
        isNull(setPasswordTokens.usedAt),
        gt(setPasswordTokens.expiresAt, now),
      ),
    )
    .returning({ userId: setPasswordTokens.userId });
  return row;
}
