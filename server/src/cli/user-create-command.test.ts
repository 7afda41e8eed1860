import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { auditLog, memberships, users } from "../db/schema.ts";
import { useAuthApp } from "../test/auth-fixture.ts";
import { databaseLanes } from "../test/test-database.ts";
import { parseUserCreateArguments, runUserCreate } from "./user-create-command.ts";

describe("parseUserCreateArguments", () => {
  it("needs an email and exactly one of --admin or --org with --role", () => {
    expect(parseUserCreateArguments(["--email", "a@example.org", "--admin"])).toMatchObject({ admin: true });
    expect(
      parseUserCreateArguments(["--email", "a@example.org", "--org", "x", "--role", "editor"]).org,
    ).toEqual({
      slug: "x",
      role: "editor",
    });
    expect(() => parseUserCreateArguments(["--admin"])).toThrow(/usage/);
    expect(() => parseUserCreateArguments(["--email", "a@example.org"])).toThrow(/usage/);
    expect(() =>
      parseUserCreateArguments(["--email", "a@example.org", "--admin", "--org", "x", "--role", "viewer"]),
    ).toThrow(/usage/);
    expect(() =>
      parseUserCreateArguments(["--email", "a@example.org", "--org", "x", "--role", "boss"]),
    ).toThrow(/--role/);
  });
});

describe.each(databaseLanes())("user:create on $name", (lane) => {
  const context = useAuthApp(lane);

  it("creates a member of an organisation as the cli actor, and refuses a weak password", async () => {
    const options = parseUserCreateArguments([
      "--email",
      "Editor@Example.org",
      "--org",
      "north",
      "--role",
      "editor",
    ]);
    await expect(runUserCreate(context.database.db, options, "too-short")).rejects.toThrow(/^password:/);
    const user = await runUserCreate(context.database.db, options, "editor-passphrase-31");
    const [row] = await context.database.db.select().from(users).where(eq(users.id, user.id));
    expect(row).toMatchObject({ email: "editor@example.org", isInstallationAdmin: false });
    expect(row?.passwordHash).toMatch(/^\$argon2id\$/);
    expect(
      await context.database.db.select().from(memberships).where(eq(memberships.userId, user.id)),
    ).toMatchObject([{ role: "editor", organisationId: context.organisationIds.north }]);
    const events = await context.database.db.select().from(auditLog).where(eq(auditLog.actorId, "cli"));
    expect(events.map((e) => e.action)).toEqual(
      expect.arrayContaining(["user.created", "membership.role-changed"]),
    );
  });
});
