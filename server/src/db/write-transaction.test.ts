import { desc, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { databaseLanes } from "../test/test-database.ts";
import type { Database } from "./database.ts";
import { auditLog } from "./schema.ts";
import { recordAuditEvent, systemActor, writeTransaction } from "./write-transaction.ts";

describe.each(databaseLanes())("writeTransaction on $name", (lane) => {
  let database: Database;
  beforeAll(async () => {
    database = await lane.open();
    await database.migrate();
  });
  afterAll(() => database.close());

  const context = { actor: systemActor("test"), organisationId: 7, requestId: "req-1" };

  it("sets the actor and organisation for the transaction only", async () => {
    const inside = await writeTransaction(database.db, context, async (tx) => {
      const result = (await tx.execute(
        sql`select current_setting('app.actor', true) as actor, current_setting('app.organisation_id', true) as org`,
      )) as unknown as { rows: { actor: string; org: string }[] };
      return result.rows[0] as { actor: string; org: string };
    });
    expect(JSON.parse(inside.actor)).toMatchObject({ kind: "system", id: "test", requestId: "req-1" });
    expect(inside.org).toBe("7");
    const after = (await database.db.execute(
      sql`select current_setting('app.actor', true) as actor`,
    )) as unknown as {
      rows: unknown[];
    };
    expect((after.rows[0] as { actor: string | null }).actor ?? "").toBe("");
  });

  it("records an event with the transaction and drops it on rollback", async () => {
    await writeTransaction(database.db, context, (tx) =>
      recordAuditEvent(tx, context, { action: "test.kept", detail: { n: 1 } }),
    );
    await expect(
      writeTransaction(database.db, context, async (tx) => {
        await recordAuditEvent(tx, context, { action: "test.rolled-back" });
        throw new Error("abort");
      }),
    ).rejects.toThrow("abort");
    const rows = await database.db.select().from(auditLog).orderBy(desc(auditLog.id));
    expect(rows.map((row) => row.action)).toEqual(["test.kept"]);
    expect(rows[0]).toMatchObject({
      actorKind: "system",
      organisationId: 7,
      detail: { n: 1 },
      requestId: "req-1",
    });
  });
});
