import type { Db } from "../db/database.ts";
import { recordAuditEvent, systemActor, writeTransaction } from "../db/write-transaction.ts";
import { UnprocessableError } from "../errors.ts";
import { recentFailures, recordLoginAttempt } from "../repositories/login-attempt-repository.ts";
import {
  deleteOtherSessions,
  deleteSession,
  findSessionByTokenHash,
  insertSession,
  touchSession,
} from "../repositories/session-repository.ts";
import {
  findUserByEmail,
  membershipsOfUser,
  normaliseEmail,
  setPasswordHash,
} from "../repositories/user-repository.ts";
import { type RequestInfo, userActor, writeContext } from "./actor.ts";
import { assertAcceptablePassword, hashPassword, verifyDecoy, verifyPassword } from "./passwords.ts";
import type { Principal } from "./principal.ts";
import { newSecret, sha256 } from "./secrets.ts";

export const SESSION_IDLE_MS = 8 * 60 * 60 * 1000;
export const SESSION_ABSOLUTE_MS = 7 * 24 * 60 * 60 * 1000;
export const LOCKOUT_WINDOW_MS = 15 * 60 * 1000;
export const LOCKOUT_FAILURES = 5;
/** Last-seen is written at most this often per session, not on every request. */
const TOUCH_EVERY_MS = 60 * 1000;

export type SignInResult =
  | { kind: "signed-in"; token: string; principal: Extract<Principal, { kind: "user" }> }
  | { kind: "failed" }
  | { kind: "locked"; retryAfterSeconds: number };

/**
 * Signs a person in. Five failures for one email or from one IP within 15 minutes lock that email
 * or IP (even with the right password) until the oldest failure leaves the window. A wrong email
 * costs the same argon2 verification as a wrong password. Any session the browser already had is
 * ended, so the session id changes at every sign-in.
 */
export async function signIn(
  db: Db,
  credentials: { email: string; password: string },
  info: RequestInfo,
  previousSessionToken: string | undefined,
  now = new Date(),
): Promise<SignInResult> {
  const email = normaliseEmail(credentials.email);
  const failures = await recentFailures(db, email, info.ip, new Date(now.getTime() - LOCKOUT_WINDOW_MS));
  const lockedSince = [
    failures.byEmail >= LOCKOUT_FAILURES ? failures.oldestByEmail : null,
    failures.byIp >= LOCKOUT_FAILURES ? failures.oldestByIp : null,
  ].filter((time): time is Date => time !== null);
  const anonymousContext = writeContext({ kind: "anonymous", id: null, label: null }, info, null);
  if (lockedSince.length > 0) {
    const freeAt = Math.max(...lockedSince.map((time) => time.getTime() + LOCKOUT_WINDOW_MS));
    await writeTransaction(db, anonymousContext, async (tx) => {
      await recordLoginAttempt(tx, { email, ip: info.ip, outcome: "locked", at: now });
      await recordAuditEvent(tx, anonymousContext, {
        action: "session.failed",
        detail: { email, reason: "locked" },
      });
    });
    return { kind: "locked", retryAfterSeconds: Math.max(1, Math.ceil((freeAt - now.getTime()) / 1000)) };
  }

  const user = await findUserByEmail(db, email);
  const passwordMatches = user?.passwordHash
    ? await verifyPassword(user.passwordHash, credentials.password)
    : await verifyDecoy(credentials.password);
  if (!user || !passwordMatches) {
    await writeTransaction(db, anonymousContext, async (tx) => {
      await recordLoginAttempt(tx, { email, ip: info.ip, outcome: "failure", at: now });
      await recordAuditEvent(tx, anonymousContext, { action: "session.failed", detail: { email } });
    });
    return { kind: "failed" };
  }

  const token = newSecret();
  const csrfToken = newSecret();
  const context = writeContext(userActor(user), info, null);
  const session = await writeTransaction(db, context, async (tx) => {
    if (previousSessionToken) {
      const previous = await findSessionByTokenHash(tx, sha256(previousSessionToken));
      if (previous) await deleteSession(tx, previous.session.id);
    }
    const created = await insertSession(tx, {
      tokenHash: sha256(token),
      csrfToken,
      userId: user.id,
      expiresAt: new Date(now.getTime() + SESSION_ABSOLUTE_MS),
      now,
    });
    await recordLoginAttempt(tx, { email, ip: info.ip, outcome: "success", at: now });
    await recordAuditEvent(tx, context, { action: "session.created", detail: { sessionId: created.id } });
    return created;
  });
  return {
    kind: "signed-in",
    token,
    principal: {
      kind: "user",
      user: {
        id: user.id,
        email: user.email,
        name: user.displayName,
        isInstallationAdmin: user.isInstallationAdmin,
      },
      memberships: await membershipsOfUser(db, user.id),
      session: { id: session.id, csrfToken },
    },
  };
}

/** The principal for a session cookie, or null when the session is unknown, idle too long or past its limit. */
export async function resolveSession(db: Db, token: string, now = new Date()) {
  const found = await findSessionByTokenHash(db, sha256(token));
  if (!found) return null;
  const { session, user } = found;
  const idle = now.getTime() - session.lastSeenAt.getTime() > SESSION_IDLE_MS;
  if (idle || session.expiresAt.getTime() <= now.getTime()) {
    const context = writeContext(systemActor("session-expiry"), undefined, null);
    await writeTransaction(db, context, (tx) => deleteSession(tx, session.id));
    return null;
  }
  if (now.getTime() - session.lastSeenAt.getTime() > TOUCH_EVERY_MS) {
    const context = writeContext(userActor(user), undefined, null);
    await writeTransaction(db, context, (tx) => touchSession(tx, session.id, now));
  }
  const principal: Principal = {
    kind: "user",
    user: {
      id: user.id,
      email: user.email,
      name: user.displayName,
      isInstallationAdmin: user.isInstallationAdmin,
    },
    memberships: await membershipsOfUser(db, user.id),
    session: { id: session.id, csrfToken: session.csrfToken },
  };
  return principal;
}

export async function signOut(db: Db, principal: Extract<Principal, { kind: "user" }>, info: RequestInfo) {
  const context = writeContext(userActor(principal.user), info, null);
  await writeTransaction(db, context, async (tx) => {
    await deleteSession(tx, principal.session.id);
    await recordAuditEvent(tx, context, {
      action: "session.ended",
      detail: { sessionId: principal.session.id },
    });
  });
}

/** Changes the signed-in person's password and ends their other sessions. */
export async function changePassword(
  db: Db,
  principal: Extract<Principal, { kind: "user" }>,
  change: { current: string; new: string },
  info: RequestInfo,
) {
  const user = await findUserByEmail(db, principal.user.email);
  if (!user?.passwordHash || !(await verifyPassword(user.passwordHash, change.current))) {
    throw new UnprocessableError("current: is not your current password");
  }
  assertAcceptablePassword(change.new, "new");
  const passwordHash = await hashPassword(change.new);
  const context = writeContext(userActor(user), info, null);
  await writeTransaction(db, context, async (tx) => {
    await setPasswordHash(tx, user.id, passwordHash);
    await deleteOtherSessions(tx, user.id, principal.session.id);
    await recordAuditEvent(tx, context, { action: "password.changed", detail: { via: "account" } });
  });
}
