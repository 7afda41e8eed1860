import type { ApiToken } from "@scorecard/shared/auth-schema";
import type { Role } from "@scorecard/shared/roles";
import type { Db } from "../db/database.ts";
import { recordAuditEvent, type WriteContext, writeTransaction } from "../db/write-transaction.ts";
import { NotFoundError } from "../errors.ts";
import {
  findActiveApiTokenByHash,
  findApiToken,
  insertApiToken,
  listApiTokens,
  revokeApiToken,
  touchApiToken,
} from "../repositories/api-token-repository.ts";
import type { Principal } from "./principal.ts";
import { newSecret, sha256 } from "./secrets.ts";

/** API tokens start with this, so a leaked one is recognisable (and secret scanners can find it). */
export const API_TOKEN_PREFIX = "sc_";
const TOUCH_EVERY_MS = 60 * 1000;

type TokenRow = NonNullable<Awaited<ReturnType<typeof findApiToken>>>;
const toApiToken = (row: TokenRow): ApiToken => ({
  id: row.id,
  name: row.name,
  organisation: row.organisation,
  role: row.role,
  createdAt: row.createdAt.toISOString(),
  lastUsedAt: row.lastUsedAt?.toISOString() ?? null,
  revokedAt: row.revokedAt?.toISOString() ?? null,
});

export async function tokensOf(db: Db, organisationId: number | null) {
  return (await listApiTokens(db, organisationId)).map(toApiToken);
}

/**
 * Creates a token for an organisation with a role, or (organisation null) an installation token.
 * The secret is returned once; only its hash is stored.
 */
export async function createToken(
  db: Db,
  context: WriteContext,
  input: { name: string; role: Role | null },
  createdByUserId: number | null,
) {
  const secret = newSecret(API_TOKEN_PREFIX);
  const row = await writeTransaction(db, context, async (tx) => {
    const { id } = await insertApiToken(tx, {
      tokenHash: sha256(secret),
      name: input.name,
      organisationId: context.organisationId,
      role: input.role,
      createdByUserId,
    });
    await recordAuditEvent(tx, context, {
      action: "token.created",
      detail: { tokenId: id, name: input.name, role: input.role },
    });
    return findApiToken(tx, id);
  });
  if (!row) throw new Error("token vanished after insert");
  return { ...toApiToken(row), token: secret };
}

/** Revokes a token of the given organisation (null: an installation token); others are not found. */
export async function revokeToken(db: Db, context: WriteContext, id: number) {
  await writeTransaction(db, context, async (tx) => {
    const row = await findApiToken(tx, id);
    if (!row || row.organisationId !== context.organisationId)
      throw new NotFoundError(`id: no token ${id} here`);
    await revokeApiToken(tx, id, new Date());
    await recordAuditEvent(tx, context, { action: "token.revoked", detail: { tokenId: id, name: row.name } });
  });
}

/** The principal for a bearer token, or null when it is unknown or revoked. */
export async function resolveToken(db: Db, secret: string, now = new Date()): Promise<Principal | null> {
  const row = await findActiveApiTokenByHash(db, sha256(secret));
  if (!row) return null;
  const principal: Principal = {
    kind: "token",
    token: { id: row.id, name: row.name },
    isInstallationAdmin: row.organisationId === null,
    memberships:
      row.organisationId !== null && row.role && row.organisation
        ? [
            {
              organisationId: row.organisationId,
              slug: row.organisation,
              name: row.organisation,
              role: row.role,
            },
          ]
        : [],
  };
  if (!row.lastUsedAt || now.getTime() - row.lastUsedAt.getTime() > TOUCH_EVERY_MS) {
    const context = {
      actor: { kind: "token" as const, id: String(row.id), label: row.name },
      organisationId: row.organisationId,
    };
    await writeTransaction(db, context, (tx) => touchApiToken(tx, row.id, now));
  }
  return principal;
}
