import { describe, expect, it } from "vitest";
import { users } from "../../db/schema.ts";
import { buildTestApp } from "../../test/test-app.ts";
import { databaseLanes } from "../../test/test-database.ts";

describe.each(databaseLanes())("first run on $name", (lane) => {
  it("creates the installation admin from ADMIN_EMAIL/ADMIN_PASSWORD only when no account exists", async () => {
    const database = await lane.open();
    await database.migrate();
    try {
      const first = await buildTestApp(database, {
        ADMIN_EMAIL: "Admin@Example.org",
        ADMIN_PASSWORD: "first-admin-pass-1",
      });
      const signIn = await first.inject({
        method: "POST",
        url: "/api/session",
        payload: { email: "admin@example.org", password: "first-admin-pass-1" },
      });
      expect(signIn.statusCode).toBe(200);
      expect(signIn.json().user.isInstallationAdmin).toBe(true);
      await first.close();
      const second = await buildTestApp(database, {
        ADMIN_EMAIL: "other@example.org",
        ADMIN_PASSWORD: "other-admin-pass-2",
      });
      await second.close();
      const emails = (await database.db.select({ email: users.email }).from(users)).map((u) => u.email);
      expect(emails).toEqual(["admin@example.org"]);
    } finally {
      await database.close();
    }
    // A fresh database, migrated, and two apps started on it: slow on a loaded 2-core machine.
  }, 90_000);

  it("creates no account without them", async () => {
    const database = await lane.open();
    await database.migrate();
    try {
      await (await buildTestApp(database)).close();
      expect(await database.db.select().from(users)).toHaveLength(0);
    } finally {
      await database.close();
    }
  });
});
