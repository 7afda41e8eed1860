import type { UserCreateResponse } from "@scorecard/shared/auth-schema";
import type { Db, Tx } from "../db/database.ts";
import {
  type Actor,
  recordAuditEvent,
  systemActor,
  type WriteContext,
  writeTransaction,
} from "../db/write-transaction.ts";
import { HttpError, UnprocessableError } from "../errors.ts";
import { deleteOtherSessions } from "../repositories/session-repository.ts";
import {
  consumeSetPasswordToken,
  insertSetPasswordToken,
} from "../repositories/set-password-token-repository.ts";
import {
  countUsers,
  findUserByEmail,
  findUserById,
  insertUser,
  normaliseEmail,
  setPasswordHash,
  type UserRow,
} from "../repositories/user-repository.ts";
import { type RequestInfo, userActor, writeContext } from "./actor.ts";
import { assertAcceptablePassword, hashPassword } from "./passwords.ts";
import { newSecret, sha256 } from "./secrets.ts";

export const SET_PASSWORD_LINK_MS = 72 * 60 * 60 * 1000;

export const accountOf = (user: UserRow) => ({
  id: user.id,
  email: user.email,
  name: user.displayName,
  isInstallationAdmin: user.isInstallationAdmin,
});

/** The new account and, when it has no password yet, its one-time set-password link. */
export interface NewAccount {
  user: UserRow;
  answer: UserCreateResponse;
}

/**
 * Adds an account inside the caller's transaction, audited as `user.created`. Without a password
 * the answer carries a one-time set-password link (its token in the URL fragment, which browsers
 * never send to a server, so it stays out of access logs).
 */
export async function addAccount(
  tx: Tx,
  context: WriteContext,
  input: { email: string; name: string; passwordHash: string | null; isInstallationAdmin?: boolean },
  linkBase: string,
  now = new Date(),
): Promise<NewAccount> {
  const email = normaliseEmail(input.email);
  const created = await insertUser(tx, {
    email,
    displayName: input.name.trim(),
    passwordHash: input.passwordHash,
    isInstallationAdmin: input.isInstallationAdmin ?? false,
  });
  if (!created) throw new HttpError(409, `email: an account for ${email} already exists`);
  const setPasswordToken = input.passwordHash ? null : newSecret();
  const expiresAt = new Date(now.getTime() + SET_PASSWORD_LINK_MS);
  if (setPasswordToken) {
    await insertSetPasswordToken(tx, { tokenHash: sha256(setPasswordToken), userId: created.id, expiresAt });
  }
  await recordAuditEvent(tx, context, {
    action: "user.created",
    detail: {
      email,
      isInstallationAdmin: created.isInstallationAdmin,
      setPasswordLink: Boolean(setPasswordToken),
    },
  });
  return {
    user: created,
    answer: {
      user: accountOf(created),
      ...(setPasswordToken
        ? {
            setPasswordLink: `${linkBase}/set-password#token=${setPasswordToken}`,
            setPasswordExpiresAt: expiresAt.toISOString(),
          }
        : {}),
    },
  };
}

/** Creates an account (installation admin), in one audited transaction. */
export async function createUser(
  db: Db,
  actor: Actor,
  info: RequestInfo | undefined,
  input: { email: string; name: string; password?: string | undefined; isInstallationAdmin?: boolean },
  linkBase: string,
  now = new Date(),
): Promise<UserCreateResponse> {
  const email = normaliseEmail(input.email);
  if (input.password !== undefined) assertAcceptablePassword(input.password, "password");
  if (await findUserByEmail(db, email))
    throw new HttpError(409, `email: an account for ${email} already exists`);
  const passwordHash = input.password === undefined ? null : await hashPassword(input.password);
  const context = writeContext(actor, info, null);
  const { answer } = await writeTransaction(db, context, (tx) =>
    addAccount(tx, context, { ...input, email, passwordHash }, linkBase, now),
  );
  return answer;
}

/** Uses a one-time link: sets the password, ends the person's sessions, and the link is spent. */
export async function setPasswordWithToken(
  db: Db,
  input: { token: string; password: string },
  info: RequestInfo,
  now = new Date(),
) {
  assertAcceptablePassword(input.password, "password");
  const passwordHash = await hashPassword(input.password);
  const anonymousContext = writeContext({ kind: "anonymous", id: null, label: null }, info, null);
  await writeTransaction(db, anonymousContext, async (tx) => {
    const consumed = await consumeSetPasswordToken(tx, sha256(input.token), now);
    if (!consumed)
      throw new UnprocessableError("token: this link is not valid: it may have been used or expired");
    const user = await findUserById(tx, consumed.userId);
    if (!user) throw new UnprocessableError("token: this link is not valid");
    await setPasswordHash(tx, user.id, passwordHash);
    await deleteOtherSessions(tx, user.id, null);
    await recordAuditEvent(tx, writeContext(userActor(user), info, null), {
      action: "password.changed",
      detail: { via: "set-password link" },
    });
  });
}

/** First run: with ADMIN_EMAIL and ADMIN_PASSWORD set and no account yet, creates that installation admin. */
export async function ensureFirstAdmin(db: Db, email: string, password: string): Promise<boolean> {
  if ((await countUsers(db)) > 0) return false;
  await createUser(
    db,
    systemActor("first-run"),
    undefined,
    { email, name: email, password, isInstallationAdmin: true },
    "",
  );
  return true;
}
