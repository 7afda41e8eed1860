import type { AnnexASettings, ComputedFigureResponse } from "@scorecard/shared/annex-a/annex-a-schema";
import { and, eq, gt, lte, sql } from "drizzle-orm";
import type { Db, DbOrTx, Tx } from "../db/database.ts";
import { annexADrillDowns, annexAImports, annexASettings } from "../db/schema.ts";
import {
  recordAuditEvent,
  systemActor,
  type WriteContext,
  writeTransaction,
} from "../db/write-transaction.ts";

/**
 * Keeping the drill-down of an Annex A upload (the child ids behind each figure): off unless an org
 * admin turns it on, then for that many days after the upload, and never longer than the setting says
 * now. Rows past `keptUntil` are never served (reads compare with now()) and are deleted at every
 * upload, at every change of the setting and by the periodic sweep. Keeping and deleting are audit
 * events: the table is not under the row trigger, which would copy child ids into the audit log.
 */

const DAY_MS = 24 * 60 * 60 * 1000;

export async function getAnnexASettings(db: DbOrTx, organisationId: number): Promise<AnnexASettings> {
  const [row] = await db
    .select({ retainDrillDownDays: annexASettings.retainDrillDownDays })
    .from(annexASettings)
    .where(eq(annexASettings.organisationId, organisationId));
  return { retainDrillDownDays: row?.retainDrillDownDays ?? null };
}

/**
 * Changes the setting in one audited transaction. Turning it off deletes everything kept at once;
 * shortening it brings every kept upload's `keptUntil` forward to its upload time plus the new days
 * (and deletes what that leaves expired); lengthening it keeps earlier uploads to their own date.
 */
export async function putAnnexASettings(
  db: Db,
  context: WriteContext & { organisationId: number },
  settings: AnnexASettings,
): Promise<AnnexASettings> {
  const { organisationId } = context;
  return writeTransaction(db, context, async (tx) => {
    // The row lock makes an upload in flight (which holds it FOR SHARE) finish first, so what it
    // keeps is seen, and deleted, by this change.
    await tx
      .insert(annexASettings)
      .values({ organisationId, retainDrillDownDays: settings.retainDrillDownDays })
      .onConflictDoUpdate({
        target: annexASettings.organisationId,
        set: { retainDrillDownDays: settings.retainDrillDownDays },
      });
    const days = settings.retainDrillDownDays;
    if (days === null) {
      const deleted = await tx
        .delete(annexADrillDowns)
        .where(eq(annexADrillDowns.organisationId, organisationId))
        .returning({ importId: annexADrillDowns.importId });
      await recordDeleted(tx, context, organisationId, deleted, "retention turned off");
    } else {
      // Hours, not days: a day is 24 hours here as in keptUntilFor, whatever the session's time zone.
      const horizon = sql`${annexAImports.importedAt} + make_interval(hours => ${days * 24})`;
      await tx
        .update(annexADrillDowns)
        .set({ keptUntil: horizon })
        .from(annexAImports)
        .where(
          and(
            eq(annexAImports.id, annexADrillDowns.importId),
            eq(annexADrillDowns.organisationId, organisationId),
            gt(annexADrillDowns.keptUntil, horizon),
          ),
        );
      await deleteExpiredDrillDowns(tx, context, organisationId);
    }
    return getAnnexASettings(tx, organisationId);
  });
}

/**
 * The days to keep an upload's drill-down, read inside the upload's transaction. FOR SHARE so that
 * turning retention off waits for this upload and then deletes what it kept.
 */
export async function retentionDaysForUpload(tx: Tx, organisationId: number): Promise<number | null> {
  const [row] = await tx
    .select({ retainDrillDownDays: annexASettings.retainDrillDownDays })
    .from(annexASettings)
    .where(eq(annexASettings.organisationId, organisationId))
    .for("share");
  return row?.retainDrillDownDays ?? null;
}

export function keptUntilFor(importedAt: Date, days: number): Date {
  return new Date(importedAt.getTime() + days * DAY_MS);
}

/** Stores an upload's drill-down, one row per figure, in the upload's own transaction. */
export async function keepDrillDown(
  tx: Tx,
  context: WriteContext & { organisationId: number },
  upload: {
    importId: number;
    period: string;
    keptUntil: Date;
    figures: readonly { areaId: number; figure: ComputedFigureResponse }[];
  },
) {
  const { organisationId } = context;
  if (upload.figures.length > 0)
    await tx.insert(annexADrillDowns).values(
      upload.figures.map(({ areaId, figure }) => ({
        importId: upload.importId,
        organisationId,
        indicatorId: figure.indicator,
        areaId,
        figure,
        keptUntil: upload.keptUntil,
      })),
    );
  await recordAuditEvent(tx, context, {
    action: "annex_a.drill_down.kept",
    detail: {
      importId: upload.importId,
      period: upload.period,
      figures: upload.figures.length,
      keptUntil: upload.keptUntil.toISOString(),
    },
  });
}

/**
 * Deletes the drill-downs whose `keptUntil` has passed, of one organisation or (null) of all, each
 * organisation's deletion recorded in its own audit trail.
 */
export async function deleteExpiredDrillDowns(
  tx: Tx,
  context: WriteContext,
  organisationId: number | null,
): Promise<number> {
  const expired = lte(annexADrillDowns.keptUntil, sql`now()`);
  const deleted = await tx
    .delete(annexADrillDowns)
    .where(
      organisationId === null ? expired : and(expired, eq(annexADrillDowns.organisationId, organisationId)),
    )
    .returning({ importId: annexADrillDowns.importId, organisationId: annexADrillDowns.organisationId });
  const byOrganisation = new Map<number, { importId: number }[]>();
  for (const row of deleted) {
    const rows = byOrganisation.get(row.organisationId);
    if (rows) rows.push(row);
    else byOrganisation.set(row.organisationId, [row]);
  }
  for (const [organisation, rows] of byOrganisation)
    await recordDeleted(tx, context, organisation, rows, "expired");
  return deleted.length;
}

async function recordDeleted(
  tx: Tx,
  context: WriteContext,
  organisationId: number,
  deleted: readonly { importId: number }[],
  reason: "expired" | "retention turned off",
) {
  if (deleted.length === 0) return;
  await recordAuditEvent(
    tx,
    { ...context, organisationId },
    {
      action: "annex_a.drill_down.deleted",
      detail: {
        reason,
        imports: [...new Set(deleted.map((row) => row.importId))].sort((a, b) => a - b),
        figures: deleted.length,
      },
    },
  );
}

/** The periodic sweep: every organisation's expired drill-downs, as the system. */
export async function sweepExpiredDrillDowns(db: Db): Promise<number> {
  const context: WriteContext = { actor: systemActor("annex-a-retention"), organisationId: null };
  return writeTransaction(db, context, (tx) => deleteExpiredDrillDowns(tx, context, null));
}

/** A condition for reads: the drill-down rows still kept now (never one past its `keptUntil`). */
export const stillKept = () => gt(annexADrillDowns.keptUntil, sql`now()`);
