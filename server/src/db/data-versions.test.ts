import { eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { databaseLanes, openSeededDatabase } from "../test/test-database.ts";
import { readDataVersions } from "./data-versions.ts";
import type { Database } from "./database.ts";
import { commentaries, indicators, observations, organisations, publishedStatistics } from "./schema.ts";
import { systemActor, writeTransaction } from "./write-transaction.ts";

describe.each(databaseLanes())("data versions on $name", (lane) => {
  let database: Database;
  let birminghamId: number;
  let otherId: number;
  beforeAll(async () => {
    database = await openSeededDatabase(lane);
    const [birmingham] = await database.db
      .select()
      .from(organisations)
      .where(eq(organisations.slug, "birmingham"));
    birminghamId = birmingham?.id ?? 0;
    const [other] = await database.db
      .insert(organisations)
      .values({ slug: "elsewhere", name: "Elsewhere", oldLaCode: "999", newLaCode: "E99999999" })
      .returning();
    otherId = other?.id ?? 0;
  });
  afterAll(() => database.close());

  const versions = () => readDataVersions(database.db, birminghamId);
  const context = () => ({ actor: systemActor("test"), organisationId: birminghamId });

  it("the seed has given the organisation and the statistics a version", async () => {
    const now = await versions();
    expect(now.organisation).toBeGreaterThan(0);
    expect(now.statistics).toBeGreaterThan(0);
  });

  it("a transaction of many statements over many tables bumps its organisation once", async () => {
    const before = await versions();
    const elsewhere = await readDataVersions(database.db, otherId);
    await writeTransaction(database.db, context(), async (tx) => {
      await tx
        .update(indicators)
        .set({ notes: "changed" })
        .where(eq(indicators.organisationId, birminghamId));
      await tx
        .insert(commentaries)
        .values({ organisationId: birminghamId, indicatorId: "re-referrals", period: "2017-12", body: "x" })
        .onConflictDoUpdate({
          target: [commentaries.organisationId, commentaries.indicatorId, commentaries.period],
          set: { body: "x" },
        });
      // Observations belong to their organisation through their area.
      await tx.execute(sql`update observations set note = 'n' where period = '2017-12'`);
    });
    expect(await versions()).toEqual({ ...before, organisation: (before.organisation ?? 0) + 1 });
    expect(await readDataVersions(database.db, otherId)).toEqual(elsewhere);
  });

  it("a rolled-back write leaves the version as it was", async () => {
    const before = await versions();
    await expect(
      writeTransaction(database.db, context(), async (tx) => {
        await tx
          .update(indicators)
          .set({ notes: "rolled back" })
          .where(eq(indicators.organisationId, birminghamId));
        throw new Error("abort");
      }),
    ).rejects.toThrow("abort");
    expect(await versions()).toEqual(before);
  });

  it("a change made directly in SQL bumps it too, and a statement changing no row does not", async () => {
    const before = await versions();
    await database.db.delete(observations).where(eq(observations.period, "1999-01"));
    expect(await versions()).toEqual(before);
    await database.db.execute(sql`update observations set note = null where period = '2017-12'`);
    expect((await versions()).organisation).toBe((before.organisation ?? 0) + 1);
  });

  it("a statistics import bumps the statistics version, not the organisations'", async () => {
    const before = await versions();
    await writeTransaction(database.db, { actor: systemActor("test"), organisationId: null }, async (tx) => {
      await tx.insert(publishedStatistics).values({
        measureId: "test-measure",
        year: 2020,
        level: "national",
        code: "E92000001",
        name: "England",
        value: 1,
        sourceFile: "test.csv",
      });
      await tx
        .update(publishedStatistics)
        .set({ value: 2 })
        .where(eq(publishedStatistics.measureId, "test-measure"));
    });
    expect(await versions()).toEqual({ ...before, statistics: before.statistics + 1 });
  });
});
