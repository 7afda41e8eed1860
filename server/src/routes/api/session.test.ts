import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { LOCKOUT_FAILURES, SESSION_IDLE_MS } from "../../auth/session-service.ts";
import { sessions, users } from "../../db/schema.ts";
import { freshIp, makeUser, PASSWORD, signIn, useAuthApp } from "../../test/auth-fixture.ts";
import { databaseLanes } from "../../test/test-database.ts";

describe.each(databaseLanes())("/api/session on $name", (lane) => {
  const context = useAuthApp(lane);
  const attempt = (email: string, password: string, remoteAddress = freshIp()) =>
    context.app.inject({ method: "POST", url: "/api/session", payload: { email, password }, remoteAddress });

  it("signs in with a hardened cookie, answers who and what, and GET /api/session repeats it", async () => {
    const user = await makeUser(context.database, {
      organisationId: context.organisationIds.north,
      role: "editor",
    });
    const response = await attempt(user.email.toUpperCase(), PASSWORD);
    expect(response.statusCode).toBe(200);
    const cookie = response.cookies.find((c) => c.name === "scorecard_session");
    expect(cookie).toMatchObject({ httpOnly: true, sameSite: "Lax", path: "/" });
    expect(cookie?.secure).toBeFalsy();
    const body = response.json();
    expect(body.user).toEqual({
      id: user.id,
      email: user.email,
      name: user.email,
      isInstallationAdmin: false,
    });
    expect(body.memberships).toEqual([{ organisation: "north", organisationName: "North", role: "editor" }]);
    expect(body.csrfToken).toMatch(/^[\w-]{43}$/);

    const again = await context.app.inject({
      method: "GET",
      url: "/api/session",
      headers: { cookie: `scorecard_session=${cookie?.value}` },
    });
    expect(again.statusCode).toBe(200);
    expect(again.json()).toEqual(body);
    const [stored] = await context.database.db.select().from(sessions).where(eq(sessions.userId, user.id));
    expect(stored?.tokenHash).toMatch(/^[0-9a-f]{64}$/);
    expect(stored?.tokenHash).not.toBe(cookie?.value);
  });

  it("sets Secure on the cookie when served over HTTPS behind a trusted proxy", async () => {
    const user = await makeUser(context.database);
    const secureApp = await import("../../test/test-app.ts").then(({ buildTestApp }) =>
      buildTestApp(context.database, { TRUST_PROXY: "true" }),
    );
    const response = await secureApp.inject({
      method: "POST",
      url: "/api/session",
      payload: { email: user.email, password: PASSWORD },
      headers: { "x-forwarded-proto": "https" },
    });
    expect(response.cookies.find((c) => c.name === "scorecard_session")?.secure).toBe(true);
    expect(response.headers["strict-transport-security"]).toMatch(/max-age=31536000/);
    await secureApp.close();
  });

  it("refuses a wrong password and an unknown email with the same 401", async () => {
    const user = await makeUser(context.database);
    const wrongPassword = await attempt(user.email, "not-the-password-at-all");
    const unknownEmail = await attempt("nobody@example.org", PASSWORD);
    expect(wrongPassword.statusCode).toBe(401);
    expect(unknownEmail.statusCode).toBe(401);
    expect(wrongPassword.json()).toEqual(unknownEmail.json());
    expect(wrongPassword.cookies).toHaveLength(0);
  });

  it("answers 401 without a session and after sign-out, which ends the session on the server", async () => {
    expect((await context.app.inject({ method: "GET", url: "/api/session" })).statusCode).toBe(401);
    const user = await makeUser(context.database);
    const session = await signIn(context.app, user.email);
    const out = await context.app.inject({ method: "DELETE", url: "/api/session", headers: session.headers });
    expect(out.statusCode).toBe(204);
    const after = await context.app.inject({
      method: "GET",
      url: "/api/session",
      headers: { cookie: session.cookie },
    });
    expect(after.statusCode).toBe(401);
    expect(
      await context.database.db.select().from(sessions).where(eq(sessions.userId, user.id)),
    ).toHaveLength(0);
  });

  it("changes the session id at every sign-in and ends the one the browser had", async () => {
    const user = await makeUser(context.database);
    const first = await signIn(context.app, user.email);
    const second = await context.app.inject({
      method: "POST",
      url: "/api/session",
      payload: { email: user.email, password: PASSWORD },
      headers: { cookie: first.cookie },
    });
    const secondCookie = second.cookies.find((c) => c.name === "scorecard_session")?.value;
    expect(secondCookie).toBeDefined();
    expect(`scorecard_session=${secondCookie}`).not.toBe(first.cookie);
    const old = await context.app.inject({
      method: "GET",
      url: "/api/session",
      headers: { cookie: first.cookie },
    });
    expect(old.statusCode).toBe(401);
  });

  it("expires a session idle for 8 hours", async () => {
    const user = await makeUser(context.database);
    const session = await signIn(context.app, user.email);
    const lastSeen = new Date(Date.now() - SESSION_IDLE_MS + 60_000);
    await context.database.db
      .update(sessions)
      .set({ lastSeenAt: lastSeen })
      .where(eq(sessions.userId, user.id));
    const fresh = await context.app.inject({
      method: "GET",
      url: "/api/session",
      headers: { cookie: session.cookie },
    });
    expect(fresh.statusCode).toBe(200);
    await context.database.db
      .update(sessions)
      .set({ lastSeenAt: new Date(Date.now() - SESSION_IDLE_MS - 1000) })
      .where(eq(sessions.userId, user.id));
    const idle = await context.app.inject({
      method: "GET",
      url: "/api/session",
      headers: { cookie: session.cookie },
    });
    expect(idle.statusCode).toBe(401);
    expect(
      await context.database.db.select().from(sessions).where(eq(sessions.userId, user.id)),
    ).toHaveLength(0);
  });

  it("expires a session past its absolute limit however active", async () => {
    const user = await makeUser(context.database);
    const session = await signIn(context.app, user.email);
    await context.database.db
      .update(sessions)
      .set({ expiresAt: new Date(Date.now() - 1000) })
      .where(eq(sessions.userId, user.id));
    const response = await context.app.inject({
      method: "GET",
      url: "/api/session",
      headers: { cookie: session.cookie },
    });
    expect(response.statusCode).toBe(401);
  });

  it(`locks an email after ${LOCKOUT_FAILURES} failures with 429 and Retry-After, even with the right password`, async () => {
    const user = await makeUser(context.database);
    for (let i = 0; i < LOCKOUT_FAILURES; i++) {
      expect((await attempt(user.email, "wrong-password-guess")).statusCode).toBe(401);
    }
    const locked = await attempt(user.email, PASSWORD);
    expect(locked.statusCode).toBe(429);
    const retryAfter = Number(locked.headers["retry-after"]);
    expect(retryAfter).toBeGreaterThan(14 * 60);
    expect(retryAfter).toBeLessThanOrEqual(15 * 60);
    // Another person is not locked out by it.
    const other = await makeUser(context.database);
    expect((await attempt(other.email, PASSWORD)).statusCode).toBe(200);
  });

  it(`locks an IP after ${LOCKOUT_FAILURES} failures across different emails`, async () => {
    const ip = freshIp();
    for (let i = 0; i < LOCKOUT_FAILURES; i++) {
      expect((await attempt(`guess-${i}@example.org`, "wrong-password-guess", ip)).statusCode).toBe(401);
    }
    const user = await makeUser(context.database);
    expect((await attempt(user.email, PASSWORD, ip)).statusCode).toBe(429);
    expect((await attempt(user.email, PASSWORD, freshIp())).statusCode).toBe(200);
  });

  it("refuses a state-changing request from a session without the right x-csrf-token with 403", async () => {
    const user = await makeUser(context.database);
    const session = await signIn(context.app, user.email);
    const change = (headers: Record<string, string>) =>
      context.app.inject({
        method: "PUT",
        url: "/api/session/password",
        headers,
        payload: { current: PASSWORD, new: "a-new-long-passphrase-9" },
      });
    expect((await change({ cookie: session.cookie })).statusCode).toBe(403);
    expect((await change({ cookie: session.cookie, "x-csrf-token": "forged" })).statusCode).toBe(403);
    const out = await context.app.inject({
      method: "DELETE",
      url: "/api/session",
      headers: { cookie: session.cookie },
    });
    expect(out.statusCode).toBe(403);
    expect((await change(session.headers)).statusCode).toBe(204);
  });

  it("changes a password: checks the current one and the rule, stores argon2id, ends other sessions", async () => {
    const user = await makeUser(context.database);
    const session = await signIn(context.app, user.email);
    const other = await signIn(context.app, user.email);
    const change = (payload: object) =>
      context.app.inject({ method: "PUT", url: "/api/session/password", headers: session.headers, payload });
    const wrongCurrent = await change({ current: "not-my-password-1", new: "a-new-long-passphrase-9" });
    expect(wrongCurrent.statusCode).toBe(422);
    expect(wrongCurrent.json().message).toMatch(/^current:/);
    const short = await change({ current: PASSWORD, new: "short" });
    expect(short.statusCode).toBe(422);
    expect(short.json().message).toMatch(/^new: must be at least 12/);
    const common = await change({ current: PASSWORD, new: "password1234" });
    expect(common.json().message).toMatch(/^new: is too common/);
    expect((await change({ current: PASSWORD, new: "a-new-long-passphrase-9" })).statusCode).toBe(204);
    const [stored] = await context.database.db.select().from(users).where(eq(users.id, user.id));
    expect(stored?.passwordHash).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
    const otherAfter = await context.app.inject({
      method: "GET",
      url: "/api/session",
      headers: { cookie: other.cookie },
    });
    expect(otherAfter.statusCode).toBe(401);
    expect(
      (await context.app.inject({ method: "GET", url: "/api/session", headers: { cookie: session.cookie } }))
        .statusCode,
    ).toBe(200);
    expect((await attempt(user.email, "a-new-long-passphrase-9")).statusCode).toBe(200);
  });
});
