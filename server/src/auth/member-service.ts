import type { MemberInvited } from "@scorecard/shared/auth-schema";
import type { Role } from "@scorecard/shared/roles";
import type { Db, Tx } from "../db/database.ts";
import { recordAuditEvent, type WriteContext, writeTransaction } from "../db/write-transaction.ts";
import { HttpError, NotFoundError } from "../errors.ts";
import {
  countOrgAdmins,
  deleteMembership,
  findMembership,
  listMembers,
  upsertMembership,
} from "../repositories/membership-repository.ts";
import { findUserByEmail, normaliseEmail, type UserRow } from "../repositories/user-repository.ts";
import { addAccount } from "./user-service.ts";

export const membersOf = (db: Db, organisationId: number) => listMembers(db, organisationId);

async function accountFor(db: Db, email: string) {
  const user = await findUserByEmail(db, email);
  if (!user) {
    throw new NotFoundError(
      `email: no account for ${normaliseEmail(email)}; create it first (POST /api/users)`,
    );
  }
  return user;
}

const lastAdminMessage = "role: this is the organisation's last org admin; make someone else org admin first";

/** Gives a person a role in the organisation (adding them, or changing their role). */
export async function putMember(
  db: Db,
  context: WriteContext & { organisationId: number },
  email: string,
  role: Role,
) {
  const user = await accountFor(db, email);
  await writeTransaction(db, context, (tx) => setRole(tx, context, user, role));
  return { email: user.email, name: user.displayName, role };
}

/**
 * An org admin invites a person: an existing account is given the role; otherwise the account is
 * created (no password; a one-time set-password link for the admin to pass on) and given the role,
 * in one transaction.
 */
export async function inviteMember(
  db: Db,
  context: WriteContext & { organisationId: number },
  input: { email: string; name: string; role: Role },
  linkBase: string,
): Promise<MemberInvited> {
  const existing = await findUserByEmail(db, input.email);
  if (existing) return { member: await putMember(db, context, existing.email, input.role) };
  return writeTransaction(db, context, async (tx) => {
    const { user, answer } = await addAccount(tx, context, { ...input, passwordHash: null }, linkBase);
    await setRole(tx, context, user, input.role);
    return {
      member: { email: user.email, name: user.displayName, role: input.role },
      ...(answer.setPasswordLink ? { setPasswordLink: answer.setPasswordLink } : {}),
      ...(answer.setPasswordExpiresAt ? { setPasswordExpiresAt: answer.setPasswordExpiresAt } : {}),
    };
  });
}

async function setRole(
  tx: Tx,
  context: WriteContext & { organisationId: number },
  user: UserRow,
  role: Role,
) {
  const existing = await findMembership(tx, context.organisationId, user.id);
  if (
    existing?.role === "org_admin" &&
    role !== "org_admin" &&
    (await countOrgAdmins(tx, context.organisationId)) <= 1
  ) {
    throw new HttpError(409, lastAdminMessage);
  }
  await upsertMembership(tx, context.organisationId, user.id, role);
  await recordAuditEvent(tx, context, {
    action: "membership.role-changed",
    detail: { email: user.email, from: existing?.role ?? null, to: role },
  });
}

export async function removeMember(
  db: Db,
  context: WriteContext & { organisationId: number },
  email: string,
) {
  const user = await accountFor(db, email);
  await writeTransaction(db, context, async (tx) => {
    const existing = await findMembership(tx, context.organisationId, user.id);
    if (!existing) throw new NotFoundError(`email: ${user.email} is not a member of this organisation`);
    if (existing.role === "org_admin" && (await countOrgAdmins(tx, context.organisationId)) <= 1) {
      throw new HttpError(409, lastAdminMessage);
    }
    await deleteMembership(tx, context.organisationId, user.id);
    await recordAuditEvent(tx, context, {
      action: "membership.role-changed",
      detail: { email: user.email, from: existing.role, to: null },
    });
  });
}
