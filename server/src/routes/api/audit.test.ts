import type { AuditResponse } from "@scorecard/shared/audit-schema";
import { count, eq, sql } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { areas, auditLog, commentaries, indicators, observations, organisations } from "../../db/schema.ts";
import { recordAuditEvent, writeTransaction } from "../../db/write-transaction.ts";
import { makeUser, type SignedIn, signIn } from "../../test/auth-fixture.ts";
import { useSeededApp } from "../../test/seeded-app.ts";
import { databaseLanes } from "../../test/test-database.ts";

describe.each(databaseLanes())("GET /api/orgs/:org/audit on $name", (lane) => {
  const context = useSeededApp(lane);
  let birminghamId: number;
  let otherId: number;
  let admin: SignedIn;

  const audit = async (org: string, query = "", as: SignedIn | null = admin) => {
    const response = await context.app.inject({
      method: "GET",
      url: `/api/orgs/${org}/audit${query}`,
      headers: as ? { cookie: as.cookie } : {},
    });
    return { status: response.statusCode, body: response.json() as AuditResponse & { message: string } };
  };

  beforeAll(async () => {
    const installationAdmin = await makeUser(context.database, { admin: true });
    admin = await signIn(context.app, installationAdmin.email);
    const { db } = context.database;
    const [birmingham] = await db.select().from(organisations).where(eq(organisations.slug, "birmingham"));
    if (!birmingham) throw new Error("seed has no Birmingham");
    birminghamId = birmingham.id;
    // A second organisation, created and edited by its own admin.
    const otherAdmin = { kind: "user" as const, id: "9", label: "admin@elsewhere.example" };
    otherId = await writeTransaction(db, { actor: otherAdmin, organisationId: null }, async (tx) => {
      const [other] = await tx
        .insert(organisations)
        .values({ slug: "elsewhere", name: "Elsewhere", oldLaCode: "999", newLaCode: "E09000999" })
        .returning({ id: organisations.id });
      if (!other) throw new Error("not created");
      await tx
        .insert(areas)
        .values({ organisationId: other.id, slug: "city", name: "Elsewhere", kind: "city" });
      await tx.insert(indicators).values({
        organisationId: other.id,
        id: "re-referrals",
        ref: 1,
        title: "Re-referrals",
        definition: "Referrals within 12 months of a previous one",
        unit: "percent",
        polarity: "lower_is_better",
        measureKind: "ratio",
        baselineKind: "none",
        baselineLabel: "none",
        decimals: 1,
      });
      await tx.insert(commentaries).values({
        organisationId: other.id,
        indicatorId: "re-referrals",
        period: "2017-12",
        body: "Elsewhere's own note",
      });
      return other.id;
    });
    // An application event on a known UK day: 23:30 UTC on 1 June is 00:30 on 2 June in London.
    await db.insert(auditLog).values({
      occurredAt: new Date("2024-06-01T23:30:00Z"),
      actorKind: "user",
      actorId: "5",
      actorLabel: "director@birmingham.example",
      organisationId: birminghamId,
      action: "session.created",
    });
  });

  it("is for the organisation's admins only: anonymous 401, an editor 403, its org admin 200", async () => {
    expect((await audit("birmingham", "", null)).status).toBe(401);
    const editor = await makeUser(context.database, { organisationId: birminghamId, role: "editor" });
    expect((await audit("birmingham", "", await signIn(context.app, editor.email))).status).toBe(403);
    const orgAdmin = await makeUser(context.database, { organisationId: birminghamId, role: "org_admin" });
    const asOrgAdmin = await signIn(context.app, orgAdmin.email);
    expect((await audit("birmingham", "", asOrgAdmin)).status).toBe(200);
    expect((await audit("elsewhere", "", asOrgAdmin)).status).toBe(403);
  });

  it("records accounts and memberships without their password hashes", async () => {
    const person = await makeUser(context.database, { organisationId: birminghamId, role: "viewer" });
    const rows = await context.database.db
      .select()
      .from(auditLog)
      .where(
        sql`(${auditLog.tableName} = 'users' and ${auditLog.after}->>'id' = ${String(person.id)}) or (${auditLog.tableName} = 'memberships' and ${auditLog.after}->>'user_id' = ${String(person.id)})`,
      );
    expect(rows.map((row) => row.tableName).sort()).toEqual(["memberships", "users"]);
    for (const row of rows) expect(JSON.stringify(row.after)).not.toMatch(/password_hash|\$argon2/);
  });

  it("shows the seed's rows, attributed to the system actor 'seed', newest first with a total", async () => {
    const { status, body } = await audit("birmingham", "?table=observations&pageSize=5");
    expect(status).toBe(200);
    const [observationRows] = await context.database.db.select({ rows: count() }).from(observations);
    expect(body.total).toBe(observationRows?.rows);
    expect(body.entries).toHaveLength(5);
    for (const entry of body.entries) {
      expect(entry).toMatchObject({ actor: { kind: "system", id: "seed", label: "seed" }, action: "insert" });
      expect(entry.key).toHaveProperty("area_id");
    }
    const ids = body.entries.map((entry) => entry.id);
    expect(ids).toEqual([...ids].sort((a, b) => b - a));
  });

  it("pages without overlap and with the same total", async () => {
    const first = await audit("birmingham", "?table=commentaries&pageSize=3&page=1");
    const second = await audit("birmingham", "?table=commentaries&pageSize=3&page=2");
    expect(first.body.total).toBe(second.body.total);
    expect(first.body.total).toBeGreaterThan(6);
    expect(second.body).toMatchObject({ page: 2, pageSize: 3 });
    const firstIds = new Set(first.body.entries.map((entry) => entry.id));
    expect(second.body.entries.some((entry) => firstIds.has(entry.id))).toBe(false);
    expect(Math.min(...firstIds)).toBeGreaterThan(Math.max(...second.body.entries.map((entry) => entry.id)));
    const beyond = await audit("birmingham", `?table=commentaries&pageSize=3&page=${first.body.total}`);
    expect(beyond.body.entries).toEqual([]);
  });

  it("filters by actor and by UK day", async () => {
    const byActor = await audit("birmingham", "?actor=director@birmingham.example");
    expect(byActor.body.total).toBe(1);
    expect(byActor.body.entries[0]).toMatchObject({ action: "session.created", table: null });

    const sameUkDay = await audit("birmingham", "?from=2024-06-02&to=2024-06-02");
    expect(sameUkDay.body.entries.map((entry) => entry.action)).toEqual(["session.created"]);
    const dayBefore = await audit("birmingham", "?from=2024-06-01&to=2024-06-01");
    expect(dayBefore.body.total).toBe(0);
    const byInstant = await audit("birmingham", "?from=2024-06-01T23:00:00Z&to=2024-06-01T23:59:59Z");
    expect(byInstant.body.total).toBe(1);
    const untilThen = await audit("birmingham", "?to=2024-06-30");
    expect(untilThen.body.total).toBe(1);
  });

  it("shows nothing of another organisation, and that organisation only its own", async () => {
    const birmingham = await audit("birmingham", `?pageSize=200&actor=admin@elsewhere.example`);
    expect(birmingham.body.total).toBe(0);
    const other = await audit("elsewhere", "?pageSize=200");
    expect(other.status).toBe(200);
    expect(other.body.entries.map((entry) => [entry.table, entry.action]).sort()).toEqual([
      ["areas", "insert"],
      ["commentaries", "insert"],
      ["indicators", "insert"],
      ["organisations", "insert"],
    ]);
    for (const entry of other.body.entries) expect(entry.actor.label).toBe("admin@elsewhere.example");
    const [rows] = await context.database.db
      .select({ rows: count() })
      .from(auditLog)
      .where(eq(auditLog.organisationId, otherId));
    expect(other.body.total).toBe(rows?.rows);
  });

  it("shows a change made directly in SQL as made by 'sql'", async () => {
    await context.database.db.execute(
      sql`update commentaries set body = body || ' (corrected)' where organisation_id = ${otherId}`,
    );
    const { body } = await audit("elsewhere", "?table=commentaries");
    expect(body.entries[0]).toMatchObject({
      action: "update",
      actor: { kind: "sql", id: null },
      before: { body: "Elsewhere's own note" },
      after: { body: "Elsewhere's own note (corrected)" },
    });
    expect(body.entries[0]?.actor.label).toBeTruthy();
  });

  it("shows an application event beside the row changes, and no rolled-back one", async () => {
    const elsewhere = {
      actor: { kind: "user" as const, id: "9", label: "admin@elsewhere.example" },
      organisationId: otherId,
    };
    await writeTransaction(context.database.db, elsewhere, (tx) =>
      recordAuditEvent(tx, elsewhere, { action: "membership.role-changed", detail: { role: "editor" } }),
    );
    await expect(
      writeTransaction(context.database.db, elsewhere, async (tx) => {
        await tx.update(areas).set({ name: "Gone" }).where(eq(areas.organisationId, otherId));
        await recordAuditEvent(tx, elsewhere, { action: "membership.removed" });
        throw new Error("abort");
      }),
    ).rejects.toThrow("abort");
    const { body } = await audit("elsewhere");
    expect(body.entries[0]).toMatchObject({ action: "membership.role-changed", detail: { role: "editor" } });
    expect(body.entries.map((entry) => entry.action)).not.toContain("membership.removed");
    expect(body.entries.some((entry) => entry.after?.name === "Gone")).toBe(false);
  });

  it("answers 404 for an unknown organisation and 400 naming a bad field", async () => {
    expect((await audit("nowhere")).status).toBe(404);
    expect((await audit("nowhere")).body.message).toContain("nowhere");
    for (const [query, field] of [
      ["?pageSize=500", "pageSize"],
      ["?page=0", "page"],
      ["?table=published_statistics", "table"],
      ["?from=yesterday", "from"],
      ["?from=2024-06-02&to=2024-06-01", "from"],
    ] as const) {
      const { status, body } = await audit("birmingham", query);
      expect(status, query).toBe(400);
      expect(body.message, query).toContain(field);
    }
  });
});
