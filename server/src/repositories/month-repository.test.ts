import { and, eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "../db/database.ts";
import { areas, draftFigures, months, observations, organisations } from "../db/schema.ts";
import { systemActor, writeTransaction } from "../db/write-transaction.ts";
import { databaseLanes, openSeededDatabase } from "../test/test-database.ts";
import { insertPublishedFigures, replaceDraftFigures, type StoredFigure } from "./month-repository.ts";

// Figures go to the database as one array per column: every value must come back exactly as sent,
// whatever characters a note or breakdown holds, and empty strings must stay distinct from nulls.
const awkward = [
  "",
  "a, b",
  'say "hi"',
  "{braces}",
  "back\\slash",
  "NULL",
  "null",
  "line\nbreak",
  "é ✓",
  " padded ",
];

describe.each(databaseLanes())("month figures in bulk on $name", (lane) => {
  let database: Database;
  let organisationId: number;
  let areaIds: number[];
  const context = () => ({ actor: systemActor("test"), organisationId });

  const figuresFor = (period: string): StoredFigure[] =>
    awkward.map((text, index) => ({
      areaId: areaIds[index % areaIds.length] as number,
      period,
      indicatorId: "re-referrals",
      breakdown: text,
      numerator: index % 3 === 0 ? null : index + 0.25,
      denominator: index % 3 === 0 ? null : 100,
      value: index % 3 === 0 ? 1e-7 * index : null,
      note: index % 2 === 0 ? null : text,
    }));
  const byKey = (rows: readonly Pick<StoredFigure, "areaId" | "breakdown">[]) =>
    [...rows].sort((a, b) => a.areaId - b.areaId || a.breakdown.localeCompare(b.breakdown));
  const figureOf = (row: StoredFigure) => ({
    areaId: row.areaId,
    period: row.period,
    indicatorId: row.indicatorId,
    breakdown: row.breakdown,
    numerator: row.numerator,
    denominator: row.denominator,
    value: row.value,
    note: row.note,
  });

  beforeAll(async () => {
    database = await openSeededDatabase(lane);
    const [birmingham] = await database.db
      .select()
      .from(organisations)
      .where(eq(organisations.slug, "birmingham"));
    organisationId = birmingham?.id ?? 0;
    areaIds = (await database.db.select().from(areas).where(eq(areas.organisationId, organisationId))).map(
      (area) => area.id,
    );
  });
  afterAll(() => database?.close());

  it("stores published figures exactly as given, audited one row each", async () => {
    const figures = figuresFor("1990-01");
    await writeTransaction(database.db, context(), (tx) => insertPublishedFigures(tx, figures));
    const stored = await database.db.select().from(observations).where(eq(observations.period, "1990-01"));
    expect(byKey(stored.map((row) => figureOf({ ...row })))).toEqual(byKey(figures));
    expect(stored.every((row) => row.source === "published")).toBe(true);
    const audited = (await database.db.execute(
      sql`select count(*)::int as count from audit_log where table_name = 'observations' and action = 'insert'
          and after ->> 'period' = '1990-01' and actor_label = 'test' and organisation_id = ${organisationId}`,
    )) as unknown as { rows: { count: number }[] };
    expect(audited.rows[0]?.count).toBe(figures.length);
  });

  it("replaces a draft's figures exactly as given", async () => {
    const figures = figuresFor("1990-02");
    await writeTransaction(database.db, context(), async (tx) => {
      await tx.insert(months).values({ organisationId, period: "1990-02", state: "draft", revision: 1 });
      await replaceDraftFigures(tx, organisationId, "1990-02", figuresFor("1990-02").slice(0, 3));
      await replaceDraftFigures(tx, organisationId, "1990-02", figures);
    });
    const stored = await database.db
      .select()
      .from(draftFigures)
      .where(and(eq(draftFigures.organisationId, organisationId), eq(draftFigures.period, "1990-02")));
    expect(byKey(stored.map((row) => figureOf({ ...row })))).toEqual(byKey(figures));
  });
});
