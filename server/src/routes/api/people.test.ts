import { and, eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { auditLog, users } from "../../db/schema.ts";
import { makeUser, PASSWORD, signIn, useAuthApp } from "../../test/auth-fixture.ts";
import { databaseLanes } from "../../test/test-database.ts";

describe.each(databaseLanes())("accounts, members, tokens and organisations on $name", (lane) => {
  const context = useAuthApp(lane);
  const asAdmin = async () => signIn(context.app, (await makeUser(context.database, { admin: true })).email);
  const events = (action: string) =>
    context.database.db.select().from(auditLog).where(eq(auditLog.action, action));

  it("creates an account with a one-time set-password link that works once", async () => {
    const admin = await asAdmin();
    const created = await context.app.inject({
      method: "POST",
      url: "/api/users",
      headers: admin.headers,
      payload: { email: "New.Person@Example.org", name: "New Person" },
    });
    expect(created.statusCode).toBe(201);
    const body = created.json();
    expect(body.user).toMatchObject({
      email: "new.person@example.org",
      name: "New Person",
      isInstallationAdmin: false,
    });
    expect(body.setPasswordLink).toMatch(/^http:\/\/localhost(:\d+)?\/set-password#token=[\w-]{43}$/);
    const token = body.setPasswordLink.split("#token=")[1];
    const [stored] = await context.database.db
      .select()
      .from(users)
      .where(eq(users.email, "new.person@example.org"));
    expect(stored?.passwordHash).toBeNull();

    const duplicate = await context.app.inject({
      method: "POST",
      url: "/api/users",
      headers: admin.headers,
      payload: { email: "new.person@example.org", name: "Again" },
    });
    expect(duplicate.statusCode).toBe(409);

    const set = (password: string) =>
      context.app.inject({ method: "POST", url: "/api/password/set", payload: { token, password } });
    const weak = await set("short");
    expect(weak.statusCode).toBe(422);
    expect(weak.json().message).toMatch(/^password:/);
    expect((await set("a-chosen-passphrase-42")).statusCode).toBe(204);
    const reused = await set("another-passphrase-43");
    expect(reused.statusCode).toBe(422);
    expect(reused.json().message).toMatch(/^token:/);
    await signIn(context.app, "new.person@example.org", "a-chosen-passphrase-42");
    expect(await events("user.created")).not.toHaveLength(0);
  });

  it("creates an account with a password, refusing a weak one naming the field", async () => {
    const admin = await asAdmin();
    const create = (password: string) =>
      context.app.inject({
        method: "POST",
        url: "/api/users",
        headers: admin.headers,
        payload: { email: "with.password@example.org", name: "P", password },
      });
    const weak = await create("qwerty123456");
    expect(weak.statusCode).toBe(422);
    expect(weak.json().message).toMatch(/^password: is too common/);
    const created = await create(PASSWORD);
    expect(created.statusCode).toBe(201);
    expect(created.json().setPasswordLink).toBeUndefined();
  });

  it("lets an org admin invite a new person with a one-time link, or an existing account by email", async () => {
    const { south } = context.organisationIds;
    const orgAdmin = await makeUser(context.database, { organisationId: south, role: "org_admin" });
    const session = await signIn(context.app, orgAdmin.email);
    const invite = (payload: Record<string, string>) =>
      context.app.inject({
        method: "POST",
        url: "/api/orgs/south/members",
        headers: session.headers,
        payload,
      });

    const created = await invite({ email: "New.Editor@South.example", name: "New Editor", role: "editor" });
    expect(created.statusCode).toBe(201);
    const body = created.json();
    expect(body.member).toEqual({ email: "new.editor@south.example", name: "New Editor", role: "editor" });
    const token = body.setPasswordLink.split("#token=")[1];
    const set = await context.app.inject({
      method: "POST",
      url: "/api/password/set",
      payload: { token, password: "a-long-enough-passphrase-42" },
    });
    expect(set.statusCode).toBe(204);
    await signIn(context.app, "new.editor@south.example", "a-long-enough-passphrase-42");

    const existing = await makeUser(context.database);
    const added = await invite({ email: existing.email, name: "ignored", role: "viewer" });
    expect(added.statusCode).toBe(201);
    expect(added.json()).toEqual({ member: { email: existing.email, name: existing.email, role: "viewer" } });

    const bad = await invite({ email: "not-an-email", name: "X", role: "editor" });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().message).toMatch(/body\.email/);
  });

  it("adds, changes and removes members, keeping the last org admin", async () => {
    const { north } = context.organisationIds;
    const orgAdmin = await makeUser(context.database, { organisationId: north, role: "org_admin" });
    const session = await signIn(context.app, orgAdmin.email);
    const person = await makeUser(context.database);
    const put = (email: string, role: string) =>
      context.app.inject({
        method: "PUT",
        url: `/api/orgs/north/members/${email}`,
        headers: session.headers,
        payload: { role },
      });
    expect((await put(person.email, "editor")).json()).toMatchObject({ email: person.email, role: "editor" });
    expect((await put(person.email, "approver")).statusCode).toBe(200);
    expect((await put("nobody@example.org", "viewer")).statusCode).toBe(404);
    expect((await put(person.email, "superuser")).statusCode).toBe(400);
    const list = await context.app.inject({
      method: "GET",
      url: "/api/orgs/north/members",
      headers: session.headers,
    });
    expect(list.json()).toContainEqual({ email: person.email, name: person.email, role: "approver" });

    expect(list.json().filter((m: { role: string }) => m.role === "org_admin")).toHaveLength(1);
    const demoteSelf = await put(orgAdmin.email, "viewer");
    expect(demoteSelf.statusCode).toBe(409);
    expect(demoteSelf.json().message).toMatch(/^role: this is the organisation's last org admin/);
    const removeSelf = await context.app.inject({
      method: "DELETE",
      url: `/api/orgs/north/members/${orgAdmin.email}`,
      headers: session.headers,
    });
    expect(removeSelf.statusCode).toBe(409);
    const remove = await context.app.inject({
      method: "DELETE",
      url: `/api/orgs/north/members/${person.email}`,
      headers: session.headers,
    });
    expect(remove.statusCode).toBe(204);
    const changes = await context.database.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, "membership.role-changed"), eq(auditLog.organisationId, north)));
    expect(changes.map((row) => row.detail)).toEqual(
      expect.arrayContaining([
        { email: person.email, from: null, to: "editor" },
        { email: person.email, from: "editor", to: "approver" },
        { email: person.email, from: "approver", to: null },
      ]),
    );
    expect(changes[0]).toMatchObject({ actorKind: "user", actorLabel: orgAdmin.email });
  });

  it("authenticates with an organisation token shown once, confined to its role and organisation, until revoked", async () => {
    const { north } = context.organisationIds;
    const orgAdmin = await makeUser(context.database, { organisationId: north, role: "org_admin" });
    const session = await signIn(context.app, orgAdmin.email);
    const created = await context.app.inject({
      method: "POST",
      url: "/api/orgs/north/tokens",
      headers: session.headers,
      payload: { name: "Power BI", role: "org_admin" },
    });
    expect(created.statusCode).toBe(201);
    const { token, id } = created.json();
    expect(token).toMatch(/^sc_[\w-]{43}$/);
    const bearer = { authorization: `Bearer ${token}` };

    const listed = await context.app.inject({
      method: "GET",
      url: "/api/orgs/north/tokens",
      headers: bearer,
    });
    expect(listed.statusCode).toBe(200);
    expect(listed.body).not.toContain(token);
    expect(listed.json().find((t: { id: number }) => t.id === id)).toMatchObject({
      name: "Power BI",
      role: "org_admin",
    });
    expect(
      (await context.app.inject({ method: "GET", url: "/api/orgs/south/members", headers: bearer }))
        .statusCode,
    ).toBe(403);
    expect(
      (await context.app.inject({ method: "GET", url: "/api/session", headers: bearer })).statusCode,
    ).toBe(403);
    // Tokens are not cookie sessions: no CSRF token needed.
    const viaToken = await context.app.inject({
      method: "POST",
      url: "/api/orgs/north/tokens",
      headers: bearer,
      payload: { name: "viewer for a script", role: "viewer" },
    });
    expect(viaToken.statusCode).toBe(201);

    const revoked = await context.app.inject({
      method: "DELETE",
      url: `/api/orgs/north/tokens/${id}`,
      headers: session.headers,
    });
    expect(revoked.statusCode).toBe(204);
    const after = await context.app.inject({ method: "GET", url: "/api/orgs/north/tokens", headers: bearer });
    expect(after.statusCode).toBe(401);
    const elsewhere = await context.app.inject({
      method: "DELETE",
      url: `/api/orgs/south/tokens/${id}`,
      headers: (await asAdmin()).headers,
    });
    expect(elsewhere.statusCode).toBe(404);
    expect((await events("token.created")).length).toBeGreaterThanOrEqual(2);
    expect(await events("token.revoked")).not.toHaveLength(0);
    expect(
      (
        await context.app.inject({
          method: "GET",
          url: "/api/health",
          headers: { authorization: "Bearer sc_nonsense" },
        })
      ).statusCode,
    ).toBe(401);
  });

  it("creates organisations from a DfE LA code and lists what each caller may see", async () => {
    const admin = await asAdmin();
    const create = (payload: object) =>
      context.app.inject({ method: "POST", url: "/api/orgs", headers: admin.headers, payload });
    const created = await create({ laCode: "331", isPublic: false });
    expect(created.statusCode).toBe(201);
    expect(created.json()).toEqual({
      slug: "coventry",
      name: "Coventry",
      laCode: "331",
      newLaCode: "E08000026",
      regionCode: "E12000005",
      regionName: "West Midlands",
      isPublic: false,
      isDefault: false,
    });
    expect((await create({ laCode: "331" })).statusCode).toBe(409);
    const unknown = await create({ laCode: "999" });
    expect(unknown.statusCode).toBe(422);
    expect(unknown.json().message).toMatch(/^laCode:/);
    expect((await create({ laCode: "33" })).statusCode).toBe(400);
    expect(await events("organisation.created")).toHaveLength(1);

    const slugs = async (headers: Record<string, string>) =>
      (await context.app.inject({ method: "GET", url: "/api/orgs", headers }))
        .json()
        .map((o: { slug: string }) => o.slug);
    expect(await slugs({})).toEqual(["north"]);
    expect(await slugs(admin.headers)).toEqual(["coventry", "north", "south"]);
    const southViewer = await makeUser(context.database, {
      organisationId: context.organisationIds.south,
      role: "viewer",
    });
    expect(await slugs((await signIn(context.app, southViewer.email)).headers)).toEqual(["north", "south"]);
  });

  it("lets an installation token act as installation admin", async () => {
    const admin = await asAdmin();
    const created = await context.app.inject({
      method: "POST",
      url: "/api/tokens",
      headers: admin.headers,
      payload: { name: "statistics import" },
    });
    expect(created.statusCode).toBe(201);
    expect(created.json()).toMatchObject({ organisation: null, role: null });
    const bearer = { authorization: `Bearer ${created.json().token}` };
    const orgs = await context.app.inject({ method: "GET", url: "/api/orgs", headers: bearer });
    expect(orgs.json().map((o: { slug: string }) => o.slug)).toContain("south");
    const listed = await context.app.inject({ method: "GET", url: "/api/tokens", headers: bearer });
    expect(listed.statusCode).toBe(200);
  });
});
