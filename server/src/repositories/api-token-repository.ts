import type { Role } from "@scorecard/shared/roles";
import { and, desc, eq, isNull } from "drizzle-orm";
import type { DbOrTx } from "../db/database.ts";
import { apiTokens, organisations } from "../db/schema.ts";

const tokenColumns = {
  id: apiTokens.id,
  name: apiTokens.name,
  organisationId: apiTokens.organisationId,
  organisation: organisations.slug,
  role: apiTokens.role,
  createdAt: apiTokens.createdAt,
  lastUsedAt: apiTokens.lastUsedAt,
  revokedAt: apiTokens.revokedAt,
};

export async function insertApiToken(
  db: DbOrTx,
  token: {
    tokenHash: string;
    name: string;
    organisationId: number | null;
    role: Role | null;
    createdByUserId: number | null;
  },
) {
  const [row] = await db.insert(apiTokens).values(token).returning({ id: apiTokens.id });
  if (!row) throw new Error("token insert returned nothing");
  return row;
}

/** Tokens of one organisation, or the installation tokens (null), newest first; never their hashes. */
export function listApiTokens(db: DbOrTx, organisationId: number | null) {
  return db
    .select(tokenColumns)
    .from(apiTokens)
    .leftJoin(organisations, eq(organisations.id, apiTokens.organisationId))
    .where(
      organisationId === null
        ? isNull(apiTokens.organisationId)
        : eq(apiTokens.organisationId, organisationId),
    )
    .orderBy(desc(apiTokens.id));
}

export async function findApiToken(db: DbOrTx, id: number) {
  const [row] = await db
    .select(tokenColumns)
    .from(apiTokens)
    .leftJoin(organisations, eq(organisations.id, apiTokens.organisationId))
    .where(eq(apiTokens.id, id));
  return row;
}

export async function findActiveApiTokenByHash(db: DbOrTx, tokenHash: string) {
  const [row] = await db
    .select(tokenColumns)
    .from(apiTokens)
    .leftJoin(organisations, eq(organisations.id, apiTokens.organisationId))
    .where(and(eq(apiTokens.tokenHash, tokenHash), isNull(apiTokens.revokedAt)));
  return row;
}

export async function revokeApiToken(db: DbOrTx, id: number, at: Date) {
  await db
    .update(apiTokens)
    .set({ revokedAt: at })
    .where(and(eq(apiTokens.id, id), isNull(apiTokens.revokedAt)));
}

export async function touchApiToken(db: DbOrTx, id: number, at: Date) {
  await db.update(apiTokens).set({ lastUsedAt: at }).where(eq(apiTokens.id, id));
}
