import { refuseDraftChange, refuseMonthStep } from "@scorecard/shared/month-cycle";
import type {
  HistoryFigure,
  MonthDetailResponse,
  MonthFigure,
  MonthHistoryEntry,
  MonthRevision,
  MonthRevisionsResponse,
  MonthStep,
  MonthSummary,
  ReturnFigure,
} from "@scorecard/shared/month-schema";
import { addMonths, periodLongLabel } from "@scorecard/shared/periods";
import type { Db, Tx } from "../db/database.ts";
import { type WriteContext, writeTransaction } from "../db/write-transaction.ts";
import { HttpError, NotFoundError } from "../errors.ts";
import {
  addMonthEvent,
  addMonthRevision,
  copyPublishedIntoDraft,
  countDraftFigures,
  findMonth,
  hasPublishedFigures,
  insertDraftMonth,
  insertPublishedFigures,
  insertPublishedMonths,
  listDraftCommentaries,
  listDraftFigures,
  listMonthEvents,
  listMonthRevisions,
  listMonthRows,
  listPublishedFigures,
  listSupersededFigures,
  lockMonth,
  type MonthEventRow,
  type MonthRevisionRow,
  type MonthRow,
  monthsAlreadyHeld,
  publishDraft,
  replaceDraftFigures,
  type StoredFigure,
  updateMonth,
  upsertDraftCommentary,
} from "../repositories/month-repository.ts";
import type { OrganisationRow } from "../repositories/organisation-repository.ts";
import { listPeriodsWithData } from "../repositories/period-repository.ts";
import { findCommentaries, listAreas } from "../repositories/scorecard-repository.ts";

/** Who takes a step: the write context for the audit trail, and the account (null for a token). */
export interface MonthActor {
  context: WriteContext & { organisationId: number };
  userId: number | null;
  label: string;
}

const refuse = (refusal: { status: number; message: string } | null) => {
  if (refusal) throw new HttpError(refusal.status, refusal.message);
};

const iso = (date: Date) => date.toISOString();

function historyEntry(row: MonthEventRow): MonthHistoryEntry {
  return {
    event: row.event,
    revision: row.revision,
    by: row.actorLabel,
    at: iso(row.occurredAt),
    reason: row.reason,
  };
}

function revisionEntry(row: MonthRevisionRow): MonthRevision {
  return {
    revision: row.revision,
    publishedAt: iso(row.publishedAt),
    publishedBy: row.publishedBy,
    reason: row.reason,
  };
}

/** A month published before the cycle was recorded: revision 1, with no record of who or when. */
const LEGACY_REVISION: MonthRevision = { revision: 1, publishedAt: null, publishedBy: null, reason: null };

function summarise(
  month: Pick<MonthRow, "period" | "state" | "revision" | "publishedRevision" | "submittedBy">,
  events: readonly MonthEventRow[],
  revisions: readonly MonthRevisionRow[],
  seesDrafts: boolean,
): MonthSummary {
  const published = month.publishedRevision;
  const recorded = revisions.map(revisionEntry);
  // Revision 1 of a month published before the cycle (or of the seed) has no row of its own.
  const all =
    published !== null && !recorded.some((entry) => entry.revision === 1)
      ? [LEGACY_REVISION, ...recorded]
      : recorded;
  const shown = seesDrafts
    ? events
    : events.filter((event) => published !== null && event.revision <= published);
  return {
    period: month.period,
    label: periodLongLabel(month.period),
    // The public sees a reopened month as what it still reads: the published revision.
    state: seesDrafts ? month.state : "published",
    revision: seesDrafts ? month.revision : (published ?? month.revision),
    publishedRevision: published,
    submittedBy: seesDrafts ? month.submittedBy : null,
    history: shown.map(historyEntry),
    revisions: all,
  };
}

const legacyMonth = (period: string) =>
  ({ period, state: "published", revision: 1, publishedRevision: 1, submittedBy: null }) as const;

/** Every month of the organisation, latest first: the public sees published ones only. */
export async function listMonths(
  db: Db,
  organisation: OrganisationRow,
  seesDrafts: boolean,
): Promise<MonthSummary[]> {
  const areaList = await listAreas(db, organisation.id);
  const [rows, events, revisions, withData] = await Promise.all([
    listMonthRows(db, organisation.id),
    listMonthEvents(db, organisation.id),
    listMonthRevisions(db, organisation.id),
    listPeriodsWithData(
      db,
      areaList.map((area) => area.id),
    ),
  ]);
  const recorded = new Set(rows.map((row) => row.period));
  const monthsHeld = [
    ...rows,
    ...withData.filter((entry) => !recorded.has(entry.period)).map((entry) => legacyMonth(entry.period)),
  ]
    .filter((month) => seesDrafts || month.publishedRevision !== null)
    .sort((a, b) => (a.period < b.period ? 1 : -1));
  return monthsHeld.map((month) =>
    summarise(
      month,
      events.filter((event) => event.period === month.period),
      revisions.filter((revision) => revision.period === month.period),
      seesDrafts,
    ),
  );
}

/** The month as it stands, or as a month published before the cycle; null when it was never opened. */
async function monthOrLegacy(db: Db, organisationId: number, period: string) {
  const row = await findMonth(db, organisationId, period);
  if (row) return row;
  return (await hasPublishedFigures(db, organisationId, period)) ? legacyMonth(period) : null;
}

async function summaryOf(db: Db | Tx, organisationId: number, month: MonthRow) {
  const [events, revisions] = await Promise.all([
    listMonthEvents(db, organisationId, month.period),
    listMonthRevisions(db, organisationId, month.period),
  ]);
  return summarise(month, events, revisions, true);
}

/** Figures as the grid and the template name them: by area slug. */
type FigureRow = Omit<StoredFigure, "period" | "note"> & { note?: string | null };

function toMonthFigures(rows: readonly FigureRow[], slugOf: Map<number, string>): MonthFigure[] {
  return rows
    .flatMap((row) => {
      const area = slugOf.get(row.areaId);
      if (area === undefined) return [];
      return [
        {
          indicator: row.indicatorId,
          area,
          breakdown: row.breakdown,
          numerator: row.numerator,
          denominator: row.denominator,
          value: row.value,
          note: row.note ?? null,
        },
      ];
    })
    .sort(
      (a, b) =>
        a.indicator.localeCompare(b.indicator) ||
        a.area.localeCompare(b.area) ||
        a.breakdown.localeCompare(b.breakdown),
    );
}

/**
 * What an editor works on for a month: its state and history, the draft's figures and commentary
 * (or the published ones when no draft is open), and last month's published figures.
 */
export async function monthDetail(
  db: Db,
  organisation: OrganisationRow,
  period: string,
): Promise<Omit<MonthDetailResponse, "warnings">> {
  const month = await monthOrLegacy(db, organisation.id, period);
  if (!month)
    throw new NotFoundError(
      `period: ${periodLongLabel(period)} has not been opened; open it or upload its return`,
    );
  const hasDraft = month.state !== "published";
  const areaList = await listAreas(db, organisation.id);
  const slugOf = new Map(areaList.map((area) => [area.id, area.slug]));
  const [events, revisions, figures, previous, commentary] = await Promise.all([
    listMonthEvents(db, organisation.id, period),
    listMonthRevisions(db, organisation.id, period),
    hasDraft
      ? listDraftFigures(db, organisation.id, period)
      : listPublishedFigures(db, organisation.id, [period]),
    listPublishedFigures(db, organisation.id, [addMonths(period, -1)]),
    hasDraft
      ? listDraftCommentaries(db, organisation.id, period)
      : findCommentaries(db, organisation.id, period),
  ]);
  return {
    ...summarise(month, events, revisions, true),
    figures: toMonthFigures(figures, slugOf),
    previousFigures: toMonthFigures(previous, slugOf),
    commentary: commentary
      .map((entry) => ({ indicator: entry.indicatorId, body: entry.body }))
      .sort((a, b) => a.indicator.localeCompare(b.indicator)),
  };
}

/** A month's published revisions with their figures: the current one from the scorecard's own data. */
export async function monthRevisionHistory(
  db: Db,
  organisation: OrganisationRow,
  period: string,
): Promise<MonthRevisionsResponse> {
  const month = await monthOrLegacy(db, organisation.id, period);
  if (!month || month.publishedRevision === null) {
    throw new NotFoundError(`period: ${periodLongLabel(period)} is not published`);
  }
  const areaList = await listAreas(db, organisation.id);
  const slugOf = new Map(areaList.map((area) => [area.id, area.slug]));
  const [revisions, superseded, current] = await Promise.all([
    listMonthRevisions(db, organisation.id, period),
    listSupersededFigures(db, organisation.id, period),
    listPublishedFigures(db, organisation.id, [period]),
  ]);
  const summary = summarise(month, [], revisions, false);
  const figuresOf = (rows: readonly FigureRow[]) =>
    toMonthFigures(rows, slugOf).map(({ note: _note, ...figure }) => figure);
  return {
    period,
    revisions: summary.revisions.map((revision) => ({
      ...revision,
      figures:
        revision.revision === month.publishedRevision
          ? figuresOf(current)
          : figuresOf(superseded.filter((row) => row.revision === revision.revision)),
    })),
  };
}

export async function openMonth(db: Db, actor: MonthActor, period: string): Promise<MonthSummary> {
  const organisationId = actor.context.organisationId;
  return writeTransaction(db, actor.context, async (tx) => {
    const existing = await lockMonth(tx, organisationId, period);
    refuse(
      refuseMonthStep(
        "open",
        existing && { ...existing, submittedByUserId: null, figureCount: 0 },
        actor,
        undefined,
      ),
    );
    const { month, created } = await insertDraftMonth(tx, organisationId, period);
    if (!created) refuse(refuseMonthStep("open", { ...month, figureCount: 0 }, actor, undefined));
    await addMonthEvent(tx, {
      organisationId,
      period,
      revision: 1,
      event: "open",
      actorLabel: actor.label,
      actorUserId: actor.userId,
    });
    return summaryOf(tx, organisationId, month);
  });
}

/** The draft (opened by this save if need be), locked for the rest of the transaction, or a 409 saying why not. */
async function lockDraft(tx: Tx, actor: MonthActor, period: string): Promise<MonthRow> {
  const organisationId = actor.context.organisationId;
  const existing = await lockMonth(tx, organisationId, period);
  refuse(refuseDraftChange(existing?.state ?? null));
  if (existing) return existing;
  const { month: opened, created } = await insertDraftMonth(tx, organisationId, period);
  // A concurrent first upload may have opened it (and even moved it on) before this one got the lock.
  refuse(refuseDraftChange(opened.state));
  if (created) {
    await addMonthEvent(tx, {
      organisationId,
      period,
      revision: 1,
      event: "open",
      actorLabel: actor.label,
      actorUserId: actor.userId,
    });
  }
  return opened;
}

/** Resolves figures' area slugs to ids; validation has already checked every slug. */
async function storedFigures(
  db: Db,
  organisationId: number,
  figures: readonly HistoryFigure[],
): Promise<StoredFigure[]> {
  const areaList = await listAreas(db, organisationId);
  const idOf = new Map(areaList.map((area) => [area.slug, area.id]));
  return figures.map((figure) => {
    const areaId = idOf.get(figure.area);
    if (areaId === undefined) throw new Error(`area ${figure.area} passed validation but is not held`);
    return {
      areaId,
      period: figure.period,
      indicatorId: figure.indicator,
      breakdown: figure.breakdown,
      numerator: figure.numerator,
      denominator: figure.denominator,
      value: figure.value,
      note: figure.note,
    };
  });
}

/** Replaces the draft's figures with a validated return (an upload or the grid's whole set). */
export async function saveDraftFigures(
  db: Db,
  actor: MonthActor,
  period: string,
  figures: readonly ReturnFigure[],
  how: string,
  /** More to write in the same transaction (e.g. the record of the file the figures came from). */
  alsoInTransaction?: (tx: Tx) => Promise<void>,
): Promise<{ revision: number; rows: number }> {
  const organisationId = actor.context.organisationId;
  const rows = await storedFigures(
    db,
    organisationId,
    figures.map((figure) => ({ ...figure, period })),
  );
  return writeTransaction(db, actor.context, async (tx) => {
    const month = await lockDraft(tx, actor, period);
    await replaceDraftFigures(tx, organisationId, period, rows);
    await addMonthEvent(tx, {
      organisationId,
      period,
      revision: month.revision,
      event: "figures",
      actorLabel: actor.label,
      actorUserId: actor.userId,
      reason: `${how}: ${rows.length} ${rows.length === 1 ? "figure" : "figures"}`,
    });
    await updateMonth(tx, month, { state: month.state });
    await alsoInTransaction?.(tx);
    return { revision: month.revision, rows: rows.length };
  });
}

export async function saveDraftCommentary(
  db: Db,
  actor: MonthActor,
  period: string,
  indicatorId: string,
  body: string,
): Promise<{ indicator: string; body: string }> {
  const organisationId = actor.context.organisationId;
  return writeTransaction(db, actor.context, async (tx) => {
    const month = await lockMonth(tx, organisationId, period);
    if (!month)
      throw new HttpError(409, "The month has not been opened: open it or upload its figures first");
    refuse(refuseDraftChange(month.state));
    await upsertDraftCommentary(tx, { organisationId, period, indicatorId, body });
    await addMonthEvent(tx, {
      organisationId,
      period,
      revision: month.revision,
      event: "commentary",
      actorLabel: actor.label,
      actorUserId: actor.userId,
      reason: indicatorId,
    });
    return { indicator: indicatorId, body: body.trim() === "" ? "" : body };
  });
}

/** The reason the current revision was reopened with: it is printed with the correction once published. */
async function reopenReason(tx: Tx, organisationId: number, month: MonthRow) {
  const events = await listMonthEvents(tx, organisationId, month.period);
  return (
    events.findLast((event) => event.event === "reopen" && event.revision === month.revision)?.reason ?? null
  );
}

/** Submit, return, approve, publish or reopen: the cycle's rules decide, in one locked transaction. */
export async function takeMonthStep(
  db: Db,
  actor: MonthActor,
  period: string,
  step: Exclude<MonthStep, "open">,
  reason: string | undefined,
): Promise<MonthSummary> {
  const organisationId = actor.context.organisationId;
  return writeTransaction(db, actor.context, async (tx) => {
    const month = await lockMonth(tx, organisationId, period);
    const figureCount =
      month && month.state === "draft" ? await countDraftFigures(tx, organisationId, period) : 0;
    refuse(refuseMonthStep(step, month && { ...month, figureCount }, actor, reason));
    if (!month) throw new Error("unreachable: a step on an unopened month is refused");
    let next: MonthRow;
    switch (step) {
      case "submit":
        next = await updateMonth(tx, month, {
          state: "submitted",
          submittedByUserId: actor.userId,
          submittedBy: actor.label,
        });
        break;
      case "return":
        next = await updateMonth(tx, month, { state: "draft", submittedByUserId: null, submittedBy: null });
        break;
      case "approve":
        next = await updateMonth(tx, month, { state: "approved" });
        break;
      case "publish": {
        const correctionReason = await reopenReason(tx, organisationId, month);
        await publishDraft(tx, organisationId, period, month.publishedRevision);
        await addMonthRevision(tx, {
          organisationId,
          period,
          revision: month.revision,
          publishedBy: actor.label,
          reason: correctionReason,
        });
        next = await updateMonth(tx, month, { state: "published", publishedRevision: month.revision });
        break;
      }
      case "reopen":
        await copyPublishedIntoDraft(tx, organisationId, period);
        next = await updateMonth(tx, month, {
          state: "draft",
          revision: month.revision + 1,
          submittedByUserId: null,
          submittedBy: null,
        });
        break;
    }
    await addMonthEvent(tx, {
      organisationId,
      period,
      revision: next.revision,
      event: step,
      actorLabel: actor.label,
      actorUserId: actor.userId,
      reason: reason?.trim() || null,
    });
    return summaryOf(tx, organisationId, next);
  });
}

/**
 * The bulk history: many past months straight in as published revision 1 with a reason ("moved from
 * the Excel pack"), in one transaction. Months already held are refused (409), naming them.
 */
export async function loadHistory(
  db: Db,
  actor: MonthActor,
  figures: readonly HistoryFigure[],
  reason: string,
): Promise<{ months: string[]; rows: number }> {
  const organisationId = actor.context.organisationId;
  const periods = [...new Set(figures.map((figure) => figure.period))].sort();
  const rows = await storedFigures(db, organisationId, figures);
  return writeTransaction(db, actor.context, async (tx) => {
    const held = await monthsAlreadyHeld(tx, organisationId, periods);
    if (held.length > 0) {
      const named = held.slice(0, 12).map(periodLongLabel).join(", ");
      throw new HttpError(
        409,
        `period: ${named}${held.length > 12 ? ` and ${held.length - 12} more` : ""} ${held.length === 1 ? "is" : "are"} already held; the bulk history only loads months the product does not have (correct a held month by reopening it)`,
      );
    }
    await insertPublishedMonths(tx, organisationId, periods, {
      publishedBy: actor.label,
      reason,
      actorUserId: actor.userId,
    });
    await insertPublishedFigures(tx, rows);
    return { months: periods, rows: rows.length };
  });
}

export { monthOrLegacy };
