import { Writable } from "node:stream";
import { describe, expect, it } from "vitest";
import { apiTokens, sessions, setPasswordTokens, users } from "../db/schema.ts";
import { makeUser, PASSWORD, signIn, useAuthApp } from "../test/auth-fixture.ts";
import { databaseLanes } from "../test/test-database.ts";

const logLines: string[] = [];
const captured = new Writable({
  write(chunk, _encoding, done) {
    logLines.push(...String(chunk).split("\n").filter(Boolean));
    done();
  },
});

describe.each(databaseLanes())("no secret or hash in a response or a log line on $name", (lane) => {
  const context = useAuthApp(lane, { logger: { level: "trace", stream: captured } });

  it("keeps passwords, session and API tokens, CSRF tokens, links' tokens and their hashes out", async () => {
    const responses: string[] = [];
    const record = <T extends { body: string; headers: Record<string, unknown> }>(response: T) => {
      responses.push(response.body);
      return response;
    };
    const admin = await makeUser(context.database, { admin: true });
    const adminSession = await signIn(context.app, admin.email);
    await context.app.inject({
      method: "POST",
      url: "/api/session",
      payload: { email: admin.email, password: "a-wrong-password-1" },
    });
    const created = record(
      await context.app.inject({
        method: "POST",
        url: "/api/users",
        headers: adminSession.headers,
        payload: { email: "linked@example.org", name: "Linked" },
      }),
    );
    const linkToken = created.json().setPasswordLink.split("#token=")[1] as string;
    const newPassword = "linked-person-passphrase-5";
    await context.app.inject({
      method: "POST",
      url: "/api/password/set",
      payload: { token: linkToken, password: newPassword },
    });
    const token = record(
      await context.app.inject({
        method: "POST",
        url: "/api/orgs/north/tokens",
        headers: adminSession.headers,
        payload: { name: "script", role: "viewer" },
      }),
    ).json().token as string;
    record(
      await context.app.inject({
        method: "GET",
        url: "/api/orgs/north/tokens",
        headers: { authorization: `Bearer ${token}` },
      }),
    );
    record(
      await context.app.inject({
        method: "GET",
        url: "/api/session",
        headers: { cookie: adminSession.cookie },
      }),
    );
    record(
      await context.app.inject({
        method: "GET",
        url: "/api/orgs/north/members",
        headers: { cookie: adminSession.cookie },
      }),
    );
    await context.app.inject({
      method: "PUT",
      url: "/api/session/password",
      headers: adminSession.headers,
      payload: { current: PASSWORD, new: "admin-new-passphrase-77" },
    });

    const db = context.database.db;
    const hashes = [
      ...(await db.select({ h: users.passwordHash }).from(users)).map((r) => r.h),
      ...(await db.select({ h: sessions.tokenHash }).from(sessions)).map((r) => r.h),
      ...(await db.select({ h: apiTokens.tokenHash }).from(apiTokens)).map((r) => r.h),
      ...(await db.select({ h: setPasswordTokens.tokenHash }).from(setPasswordTokens)).map((r) => r.h),
    ].filter((h): h is string => Boolean(h));
    expect(hashes.length).toBeGreaterThan(4);
    const sessionToken = adminSession.cookie.split("=")[1] as string;
    const secrets = [
      PASSWORD,
      newPassword,
      "admin-new-passphrase-77",
      "a-wrong-password-1",
      sessionToken,
      adminSession.csrfToken,
      token,
      linkToken,
    ];

    expect(logLines.length).toBeGreaterThan(10);
    for (const line of logLines) {
      for (const secret of [...secrets, ...hashes]) expect(line).not.toContain(secret);
      expect(line).not.toContain("$argon2");
    }
    // The answers that create a secret show it once; every other answer shows none, and no hash ever.
    for (const body of responses) {
      for (const hash of hashes) expect(body).not.toContain(hash);
      expect(body).not.toContain("$argon2");
    }
    for (const body of responses.slice(2)) expect(body).not.toContain(token);
  });
});
