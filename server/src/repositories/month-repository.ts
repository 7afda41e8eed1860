import type { MonthEvent } from "@scorecard/shared/month-schema";
import type { MonthState } from "@scorecard/shared/month-states";
import { and, asc, desc, eq, gt, inArray, sql } from "drizzle-orm";
import type { DbOrTx, Tx } from "../db/database.ts";
import {
  areas,
  commentaries,
  draftCommentaries,
  draftFigures,
  monthEvents,
  monthRevisions,
  months,
  observations,
  supersededFigures,
} from "../db/schema.ts";

/**
 * The monthly cycle's storage. Published figures stay in `observations`/`commentaries` (what every
 * read serves); a draft lives in `draft_figures`/`draft_commentaries` until it is published.
 */

export type MonthRow = typeof months.$inferSelect;
export type DraftFigureRow = typeof draftFigures.$inferSelect;
export type MonthEventRow = typeof monthEvents.$inferSelect;
export type MonthRevisionRow = typeof monthRevisions.$inferSelect;

/** A figure to store, with its area already resolved to the database id. */
export interface StoredFigure {
  areaId: number;
  period: string;
  indicatorId: string;
  breakdown: string;
  numerator: number | null;
  denominator: number | null;
  value: number | null;
  note: string | null;
}

const organisationAreaIds = (organisationId: number) =>
  sql`(select ${areas.id} from ${areas} where ${areas.organisationId} = ${organisationId})`;

export async function findMonth(db: DbOrTx, organisationId: number, period: string) {
  const [row] = await db
    .select()
    .from(months)
    .where(and(eq(months.organisationId, organisationId), eq(months.period, period)));
  return row ?? null;
}

export function listMonthRows(db: DbOrTx, organisationId: number) {
  return db
    .select()
    .from(months)
    .where(eq(months.organisationId, organisationId))
    .orderBy(desc(months.period));
}

/** Whether the month has published figures recorded before the cycle (no `months` row of its own). */
export async function hasPublishedFigures(db: DbOrTx, organisationId: number, period: string) {
  const result = (await db.execute(
    sql`select exists (select 1 from ${observations} where ${observations.period} = ${period}
        and ${observations.areaId} in ${organisationAreaIds(organisationId)}) as found`,
  )) as unknown as { rows: { found: boolean }[] };
  return result.rows[0]?.found === true;
}

/**
 * Locks the month's row for the rest of the transaction, so two uploads or steps on one month run
 * one after the other (the later sees the earlier's result). A month published before the cycle
 * gets its row first, as published revision 1; a month never opened stays absent (null).
 */
export async function lockMonth(tx: Tx, organisationId: number, period: string): Promise<MonthRow | null> {
  if (await hasPublishedFigures(tx, organisationId, period)) {
    await tx
      .insert(months)
      .values({ organisationId, period, state: "published", revision: 1, publishedRevision: 1 })
      .onConflictDoNothing();
  }
  const [row] = await tx
    .select()
    .from(months)
    .where(and(eq(months.organisationId, organisationId), eq(months.period, period)))
    .for("update");
  return row ?? null;
}

/**
 * Opens a month as a draft. A concurrent opener waits for the first to commit, then finds the month
 * already there (`created: false`) and locks it.
 */
export async function insertDraftMonth(
  tx: Tx,
  organisationId: number,
  period: string,
): Promise<{ month: MonthRow; created: boolean }> {
  const [row] = await tx
    .insert(months)
    .values({ organisationId, period, state: "draft", revision: 1 })
    .onConflictDoNothing()
    .returning();
  if (row) return { month: row, created: true };
  const existing = await lockMonth(tx, organisationId, period);
  if (!existing) throw new Error(`month ${period} was neither inserted nor found`);
  return { month: existing, created: false };
}

export async function updateMonth(
  tx: Tx,
  month: Pick<MonthRow, "organisationId" | "period">,
  change: Partial<
    Pick<MonthRow, "state" | "revision" | "publishedRevision" | "submittedByUserId" | "submittedBy">
  > & {
    state: MonthState;
  },
) {
  const [row] = await tx
    .update(months)
    .set({ ...change, updatedAt: new Date() })
    .where(and(eq(months.organisationId, month.organisationId), eq(months.period, month.period)))
    .returning();
  if (!row) throw new Error(`month ${month.period} vanished inside its own transaction`);
  return row;
}

export async function addMonthEvent(
  tx: Tx,
  event: {
    organisationId: number;
    period: string;
    revision: number;
    event: MonthEvent;
    actorLabel: string;
    actorUserId: number | null;
    reason?: string | null;
  },
) {
  await tx.insert(monthEvents).values({ ...event, reason: event.reason ?? null });
}

export function listMonthEvents(db: DbOrTx, organisationId: number, period?: string) {
  return db
    .select()
    .from(monthEvents)
    .where(
      and(
        eq(monthEvents.organisationId, organisationId),
        period ? eq(monthEvents.period, period) : undefined,
      ),
    )
    .orderBy(asc(monthEvents.id));
}

export function listMonthRevisions(db: DbOrTx, organisationId: number, period?: string) {
  return db
    .select()
    .from(monthRevisions)
    .where(
      and(
        eq(monthRevisions.organisationId, organisationId),
        period ? eq(monthRevisions.period, period) : undefined,
      ),
    )
    .orderBy(asc(monthRevisions.period), asc(monthRevisions.revision));
}

/** Corrections only (revision 2 onwards): what the scorecard and series print as "Revised on". */
export function listCorrections(db: DbOrTx, organisationId: number, periods?: readonly string[]) {
  if (periods?.length === 0) return Promise.resolve([]);
  return db
    .select()
    .from(monthRevisions)
    .where(
      and(
        eq(monthRevisions.organisationId, organisationId),
        gt(monthRevisions.revision, 1),
        periods ? inArray(monthRevisions.period, [...periods]) : undefined,
      ),
    )
    .orderBy(asc(monthRevisions.period), asc(monthRevisions.revision));
}

export async function countDraftFigures(db: DbOrTx, organisationId: number, period: string) {
  const [row] = await db
    .select({ count: sql<number>`count(*)::int` })
    .from(draftFigures)
    .where(and(eq(draftFigures.organisationId, organisationId), eq(draftFigures.period, period)));
  return row?.count ?? 0;
}

export function listDraftFigures(db: DbOrTx, organisationId: number, period: string) {
  return db
    .select()
    .from(draftFigures)
    .where(and(eq(draftFigures.organisationId, organisationId), eq(draftFigures.period, period)));
}

export function listDraftCommentaries(db: DbOrTx, organisationId: number, period: string) {
  return db
    .select()
    .from(draftCommentaries)
    .where(and(eq(draftCommentaries.organisationId, organisationId), eq(draftCommentaries.period, period)));
}

/**
 * Rows go in as one typed array per column, unnested by the database: one statement and eight
 * parameters for any number of rows, the same SQL on PGlite and PostgreSQL. (On 100,000 rows this is
 * as fast as a JSON parameter on PostgreSQL and two to three times faster on PGlite, where parsing
 * the JSON dominated; `pnpm bench:history`.)
 */
const figureRows = (figures: readonly StoredFigure[]) => {
  const column = <T>(pick: (figure: StoredFigure) => T) => sql.param(figures.map(pick));
  return sql`unnest(
    ${column((f) => f.areaId)}::integer[], ${column((f) => f.period)}::text[],
    ${column((f) => f.indicatorId)}::text[], ${column((f) => f.breakdown)}::text[],
    ${column((f) => f.numerator)}::double precision[], ${column((f) => f.denominator)}::double precision[],
    ${column((f) => f.value)}::double precision[], ${column((f) => f.note)}::text[]
  ) as x(area_id, period, indicator_id, breakdown, numerator, denominator, value, note)`;
};

/** The draft's figures, replaced whole: a later upload wins entirely, never interleaved with an earlier one. */
export async function replaceDraftFigures(
  tx: Tx,
  organisationId: number,
  period: string,
  figures: readonly StoredFigure[],
) {
  await tx
    .delete(draftFigures)
    .where(and(eq(draftFigures.organisationId, organisationId), eq(draftFigures.period, period)));
  if (figures.length === 0) return;
  await tx.execute(sql`
    insert into draft_figures (organisation_id, period, area_id, indicator_id, breakdown, numerator, denominator, value, note)
    select ${organisationId}, x.period, x.area_id, x.indicator_id, x.breakdown, x.numerator, x.denominator, x.value, x.note
    from ${figureRows(figures)}`);
}

/** Published figures straight into `observations` (the bulk history), in one statement. */
export async function insertPublishedFigures(tx: Tx, figures: readonly StoredFigure[]) {
  if (figures.length === 0) return;
  await tx.execute(sql`
    insert into observations (area_id, period, indicator_id, breakdown, numerator, denominator, value, source, note)
    select x.area_id, x.period, x.indicator_id, x.breakdown, x.numerator, x.denominator, x.value, 'published', x.note
    from ${figureRows(figures)}`);
}

export async function upsertDraftCommentary(
  tx: Tx,
  entry: { organisationId: number; period: string; indicatorId: string; body: string },
) {
  if (entry.body.trim() === "") {
    await tx
      .delete(draftCommentaries)
      .where(
        and(
          eq(draftCommentaries.organisationId, entry.organisationId),
          eq(draftCommentaries.period, entry.period),
          eq(draftCommentaries.indicatorId, entry.indicatorId),
        ),
      );
    return;
  }
  await tx
    .insert(draftCommentaries)
    .values(entry)
    .onConflictDoUpdate({
      target: [draftCommentaries.organisationId, draftCommentaries.period, draftCommentaries.indicatorId],
      set: { body: entry.body },
    });
}

/** A reopened month's draft starts as the published revision: its figures and commentary. */
export async function copyPublishedIntoDraft(tx: Tx, organisationId: number, period: string) {
  await tx.execute(sql`
    insert into draft_figures (organisation_id, period, area_id, indicator_id, breakdown, numerator, denominator, value, note)
    select ${organisationId}, o.period, o.area_id, o.indicator_id, o.breakdown, o.numerator, o.denominator, o.value, o.note
    from observations o
    where o.period = ${period} and o.area_id in ${organisationAreaIds(organisationId)}`);
  await tx.execute(sql`
    insert into draft_commentaries (organisation_id, period, indicator_id, body)
    select organisation_id, period, indicator_id, body from commentaries
    where organisation_id = ${organisationId} and period = ${period}`);
}

/**
 * Publishes the draft: the figures it replaces are kept as `revision` of the month's history, the
 * draft becomes the month's observations and commentary, and the draft is emptied. A figure the
 * correction left exactly as it was keeps its source (an illustrative figure stays flagged).
 */
export async function publishDraft(
  tx: Tx,
  organisationId: number,
  period: string,
  supersededRevision: number | null,
) {
  const ownAreas = organisationAreaIds(organisationId);
  if (supersededRevision !== null) {
    await tx.execute(sql`
      insert into superseded_figures (organisation_id, period, revision, area_id, indicator_id, breakdown, numerator, denominator, value, source)
      select ${organisationId}, o.period, ${supersededRevision}, o.area_id, o.indicator_id, o.breakdown, o.numerator, o.denominator, o.value, o.source
      from observations o where o.period = ${period} and o.area_id in ${ownAreas}`);
  }
  await tx
    .delete(observations)
    .where(and(eq(observations.period, period), sql`${observations.areaId} in ${ownAreas}`));
  await tx.execute(sql`
    insert into observations (area_id, period, indicator_id, breakdown, numerator, denominator, value, source, note)
    select d.area_id, d.period, d.indicator_id, d.breakdown, d.numerator, d.denominator, d.value,
      coalesce((
        select p.source from superseded_figures p
        where p.organisation_id = ${organisationId} and p.period = d.period and p.revision = ${supersededRevision ?? 0}
          and p.area_id = d.area_id and p.indicator_id = d.indicator_id and p.breakdown = d.breakdown
          and p.numerator is not distinct from d.numerator and p.denominator is not distinct from d.denominator
          and p.value is not distinct from d.value
      ), 'published'),
      d.note
    from draft_figures d where d.organisation_id = ${organisationId} and d.period = ${period}`);
  await tx
    .delete(commentaries)
    .where(and(eq(commentaries.organisationId, organisationId), eq(commentaries.period, period)));
  await tx.execute(sql`
    insert into commentaries (organisation_id, indicator_id, period, body)
    select organisation_id, indicator_id, period, body from draft_commentaries
    where organisation_id = ${organisationId} and period = ${period}`);
  await tx
    .delete(draftFigures)
    .where(and(eq(draftFigures.organisationId, organisationId), eq(draftFigures.period, period)));
  await tx
    .delete(draftCommentaries)
    .where(and(eq(draftCommentaries.organisationId, organisationId), eq(draftCommentaries.period, period)));
}

export async function addMonthRevision(
  tx: Tx,
  revision: {
    organisationId: number;
    period: string;
    revision: number;
    publishedBy: string;
    reason: string | null;
  },
) {
  await tx.insert(monthRevisions).values(revision);
}

export function listSupersededFigures(db: DbOrTx, organisationId: number, period: string) {
  return db
    .select()
    .from(supersededFigures)
    .where(and(eq(supersededFigures.organisationId, organisationId), eq(supersededFigures.period, period)));
}

/** The published figures of some months for the organisation's areas (the grid's last month, history checks). */
export function listPublishedFigures(db: DbOrTx, organisationId: number, periods: readonly string[]) {
  if (periods.length === 0) return Promise.resolve([]);
  return db
    .select()
    .from(observations)
    .where(
      and(
        inArray(observations.period, [...periods]),
        sql`${observations.areaId} in ${organisationAreaIds(organisationId)}`,
      ),
    );
}

/** Months (of those given) that already have figures or a month record: the bulk history refuses them. */
export async function monthsAlreadyHeld(db: DbOrTx, organisationId: number, periods: readonly string[]) {
  if (periods.length === 0) return [];
  const list = sql.join(
    periods.map((period) => sql`${period}`),
    sql`, `,
  );
  const result = (await db.execute(sql`
    select period from months where organisation_id = ${organisationId} and period in (${list})
    union
    select distinct period from observations where period in (${list}) and area_id in ${organisationAreaIds(organisationId)}
    order by period`)) as unknown as { rows: { period: string }[] };
  return result.rows.map((row) => row.period);
}

export async function insertPublishedMonths(
  tx: Tx,
  organisationId: number,
  periods: readonly string[],
  provenance: { publishedBy: string; reason: string; actorUserId: number | null },
) {
  if (periods.length === 0) return;
  await tx.insert(months).values(
    periods.map((period) => ({
      organisationId,
      period,
      state: "published" as const,
      revision: 1,
      publishedRevision: 1,
    })),
  );
  await tx.insert(monthRevisions).values(
    periods.map((period) => ({
      organisationId,
      period,
      revision: 1,
      publishedBy: provenance.publishedBy,
      reason: provenance.reason,
    })),
  );
  await tx.insert(monthEvents).values(
    periods.map((period) => ({
      organisationId,
      period,
      revision: 1,
      event: "history" as const,
      actorLabel: provenance.publishedBy,
      actorUserId: provenance.actorUserId,
      reason: provenance.reason,
    })),
  );
}
