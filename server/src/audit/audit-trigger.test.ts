import { auditedTableSchema } from "@scorecard/shared/audit-schema";
import { and, asc, eq, gt, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "../db/database.ts";
import { areas, auditLog, commentaries, indicators, observations, organisations } from "../db/schema.ts";
import { systemActor, type WriteContext, writeTransaction } from "../db/write-transaction.ts";
import { databaseLanes } from "../test/test-database.ts";

const indicator: Omit<typeof indicators.$inferInsert, "organisationId"> = {
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
};

/** The rows of a raw `execute`, which drizzle types as unknown across the two drivers. */
const rowsOf = <Row>(result: unknown) => (result as { rows: Row[] }).rows;

describe.each(databaseLanes())("audit trigger on $name", (lane) => {
  let database: Database;
  let north: number;
  let south: number;
  let northCity: number;
  let southCity: number;
  const editor = (organisationId: number): WriteContext => ({
    actor: { kind: "user", id: "42", label: "editor@north.example" },
    organisationId,
    requestId: "req-7",
    ip: "192.0.2.1",
  });

  /** Audit rows written after `since`, oldest first. */
  const auditRowsAfter = (since: number) =>
    database.db.select().from(auditLog).where(gt(auditLog.id, since)).orderBy(asc(auditLog.id));
  const lastAuditId = async () => {
    const result = await database.db.execute(sql`select coalesce(max(id), 0)::integer as id from audit_log`);
    return rowsOf<{ id: number }>(result)[0]?.id ?? 0;
  };

  beforeAll(async () => {
    database = await lane.open();
    await database.migrate();
    const setup = { actor: systemActor("test"), organisationId: null };
    [north, south, northCity, southCity] = await writeTransaction(database.db, setup, async (tx) => {
      const [n, s] = await tx
        .insert(organisations)
        .values([
          { slug: "north", name: "North", oldLaCode: "901", newLaCode: "E09000901" },
          { slug: "south", name: "South", oldLaCode: "902", newLaCode: "E09000902" },
        ])
        .returning({ id: organisations.id });
      if (!n || !s) throw new Error("organisations not created");
      const [nc, sc] = await tx
        .insert(areas)
        .values([
          { organisationId: n.id, slug: "city", name: "North", kind: "city" },
          { organisationId: s.id, slug: "city", name: "South", kind: "city" },
        ])
        .returning({ id: areas.id });
      if (!nc || !sc) throw new Error("areas not created");
      return [n.id, s.id, nc.id, sc.id];
    });
  });
  afterAll(() => database?.close());

  it("records an insert with who, when, organisation, table, key and the new row", async () => {
    const since = await lastAuditId();
    await writeTransaction(database.db, editor(north), (tx) =>
      tx
        .insert(commentaries)
        .values({ organisationId: north, indicatorId: "x", period: "2026-01", body: "Up" }),
    ).catch(() => undefined); // the indicator does not exist yet: a failed write leaves nothing
    expect(await auditRowsAfter(since)).toEqual([]);

    await writeTransaction(database.db, editor(north), async (tx) => {
      await tx.insert(indicators).values({ ...indicator, organisationId: north });
      await tx
        .insert(commentaries)
        .values({ organisationId: north, indicatorId: indicator.id, period: "2026-01", body: "Up" });
    });
    const rows = await auditRowsAfter(since);
    expect(rows.map((row) => [row.tableName, row.action])).toEqual([
      ["indicators", "insert"],
      ["commentaries", "insert"],
    ]);
    expect(rows[1]).toMatchObject({
      actorKind: "user",
      actorId: "42",
      actorLabel: "editor@north.example",
      organisationId: north,
      rowKey: { organisation_id: north, indicator_id: indicator.id, period: "2026-01" },
      before: null,
      after: { organisation_id: north, indicator_id: indicator.id, period: "2026-01", body: "Up" },
      requestId: "req-7",
      ip: "192.0.2.1",
    });
    expect(rows[1]?.occurredAt).toBeInstanceOf(Date);
    // Indicators have no organisation of their own: the transaction's organisation is recorded.
    expect(rows[0]?.organisationId).toBe(north);
  });

  it("records updates only for rows that changed, with before and after", async () => {
    await writeTransaction(database.db, editor(north), (tx) =>
      tx.insert(observations).values(
        ["2026-01", "2026-02", "2026-03"].map((period) => ({
          areaId: northCity,
          period,
          indicatorId: indicator.id,
          value: 10,
          source: "published" as const,
        })),
      ),
    );
    const since = await lastAuditId();
    await writeTransaction(database.db, editor(north), (tx) =>
      tx
        .update(observations)
        .set({
          value: sql`case when ${observations.period} = '2026-02' then 12 else ${observations.value} end`,
        })
        .where(eq(observations.areaId, northCity)),
    );
    const rows = await auditRowsAfter(since);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({
      action: "update",
      tableName: "observations",
      organisationId: north,
      rowKey: { area_id: northCity, period: "2026-02", indicator_id: indicator.id, breakdown: "" },
      before: { value: 10 },
      after: { value: 12 },
    });
  });

  it("reaches the organisation of an area-keyed row through its area, not the transaction's setting", async () => {
    const since = await lastAuditId();
    await writeTransaction(database.db, editor(north), (tx) =>
      tx.insert(observations).values({
        areaId: southCity,
        period: "2026-01",
        indicatorId: indicator.id,
        value: 3,
        source: "published",
      }),
    );
    const [row] = await auditRowsAfter(since);
    expect(row?.organisationId).toBe(south);
  });

  it("reaches an area-keyed row's organisation through its area in updates and deletes too", async () => {
    const row = {
      areaId: southCity,
      period: "2025-06",
      indicatorId: indicator.id,
      source: "published" as const,
    };
    await writeTransaction(database.db, editor(north), (tx) =>
      tx.insert(observations).values({ ...row, value: 1 }),
    );
    const since = await lastAuditId();
    const thisRow = and(eq(observations.areaId, southCity), eq(observations.period, "2025-06"));
    await writeTransaction(database.db, editor(north), async (tx) => {
      await tx.update(observations).set({ value: 2 }).where(thisRow);
      await tx.delete(observations).where(thisRow);
    });
    const rows = await auditRowsAfter(since);
    expect(rows.map((audit) => [audit.action, audit.organisationId])).toEqual([
      ["update", south],
      ["delete", south],
    ]);
  });

  it("records a delete with the row as it was", async () => {
    const since = await lastAuditId();
    await writeTransaction(database.db, editor(south), (tx) =>
      tx.delete(observations).where(eq(observations.areaId, southCity)),
    );
    const rows = await auditRowsAfter(since);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({
      action: "delete",
      organisationId: south,
      before: { area_id: southCity, value: 3 },
      after: null,
    });
  });

  it("attributes a change made directly in SQL to 'sql' and the database role", async () => {
    const since = await lastAuditId();
    await database.db.execute(sql`update areas set name = 'North City' where id = ${northCity}`);
    const result = await database.db.execute(sql`select current_user as role`);
    const [row] = await auditRowsAfter(since);
    expect(row).toMatchObject({
      actorKind: "sql",
      actorId: null,
      actorLabel: rowsOf<{ role: string }>(result)[0]?.role,
      organisationId: north,
      tableName: "areas",
      rowKey: { id: northCity },
      before: { name: "North" },
      after: { name: "North City" },
    });
  });

  it("records a change of key as the old key's before and the new key's after", async () => {
    const since = await lastAuditId();
    await database.db.execute(sql`update observations set period = '2025-12' where period = '2026-01'`);
    const rows = await auditRowsAfter(since);
    const keys = rows.map((row) => [row.rowKey, row.before === null, row.after === null]);
    expect(keys).toEqual(
      expect.arrayContaining([
        [{ area_id: northCity, period: "2026-01", indicator_id: indicator.id, breakdown: "" }, false, true],
        [{ area_id: northCity, period: "2025-12", indicator_id: indicator.id, breakdown: "" }, true, false],
      ]),
    );
    expect(rows).toHaveLength(2);
  });

  it("writes one audit row per row of a multi-row statement", async () => {
    const since = await lastAuditId();
    const periods = Array.from(
      { length: 120 },
      (_, i) => `${2000 + Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, "0")}`,
    );
    await writeTransaction(database.db, editor(north), (tx) =>
      tx.insert(observations).values(
        periods.map((period) => ({
          areaId: northCity,
          period,
          indicatorId: indicator.id,
          value: 1,
          source: "illustrative" as const,
        })),
      ),
    );
    const rows = await auditRowsAfter(since);
    expect(rows).toHaveLength(120);
    expect(new Set(rows.map((row) => (row.rowKey as { period: string }).period))).toEqual(new Set(periods));
  });

  it("leaves no audit row when the transaction rolls back", async () => {
    const since = await lastAuditId();
    await expect(
      writeTransaction(database.db, editor(north), async (tx) => {
        await tx.update(areas).set({ name: "Renamed" }).where(eq(areas.id, northCity));
        throw new Error("abort");
      }),
    ).rejects.toThrow("abort");
    expect(await auditRowsAfter(since)).toEqual([]);
  });

  it("refuses to update, delete or truncate audit rows", async () => {
    const before = await lastAuditId();
    for (const statement of [
      sql`update audit_log set actor_label = 'someone else'`,
      sql`delete from audit_log`,
      sql`truncate audit_log`,
    ]) {
      await expect(database.db.execute(statement)).rejects.toMatchObject({
        cause: expect.objectContaining({ message: expect.stringContaining("audit_log is append-only") }),
      });
    }
    expect(await lastAuditId()).toBe(before);
    const [row] = await database.db.select().from(auditLog).where(eq(auditLog.id, before));
    expect(row?.actorLabel).not.toBe("someone else");
  });

  it("records a truncate of an audited table", async () => {
    const since = await lastAuditId();
    await writeTransaction(database.db, editor(north), (tx) => tx.execute(sql`truncate published_baselines`));
    const rows = await auditRowsAfter(since);
    expect(rows).toMatchObject([
      { action: "truncate", tableName: "published_baselines", organisationId: north },
    ]);
  });

  it("audits exactly the organisation data tables (DfE statistics are national data, not audited)", async () => {
    const result = await database.db.execute(sql`
      select distinct c.relname as table from pg_trigger t join pg_class c on c.oid = t.tgrelid
      where t.tgname = 'audit_insert' order by 1`);
    const audited = rowsOf<{ table: string }>(result).map((row) => row.table);
    expect(audited).toEqual([...auditedTableSchema.options].sort());
    for (const national of ["published_statistics", "local_authorities", "regions", "statistical_neighbours"])
      expect(audited).not.toContain(national);
  });

  it("attaches a new table in one statement, and refuses a key column that does not exist", async () => {
    await database.db.execute(
      sql`create table audit_probe (organisation_id integer not null, id integer primary key, note text)`,
    );
    await database.db.execute(sql`select audit_attach('audit_probe', array['id'])`);
    const since = await lastAuditId();
    await writeTransaction(database.db, editor(south), (tx) =>
      tx.execute(sql`insert into audit_probe values (${south}, 1, 'hello')`),
    );
    expect(await auditRowsAfter(since)).toMatchObject([
      { tableName: "audit_probe", organisationId: south, rowKey: { id: 1 }, after: { note: "hello" } },
    ]);
    await expect(
      database.db.execute(sql`select audit_attach('audit_probe', array['nope'])`),
    ).rejects.toMatchObject({
      cause: expect.objectContaining({ message: expect.stringContaining("no column nope") }),
    });
    await database.db.execute(sql`drop table audit_probe`);
  });
});
