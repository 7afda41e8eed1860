import type {
  AnnexADrillDownResponse,
  AnnexAImportsResponse,
} from "@scorecard/shared/annex-a/annex-a-schema";
import { periodLongLabel } from "@scorecard/shared/periods";
import { and, desc, eq, min } from "drizzle-orm";
import type { Db } from "../db/database.ts";
import { annexADrillDowns, annexAImports, areas } from "../db/schema.ts";
import { NotFoundError } from "../errors.ts";
import { stillKept } from "./annex-a-retention.ts";

type ImportSummary = AnnexAImportsResponse["imports"][number];

/**
 * The month's uploads with, for each, until when its drill-down is kept (null: not kept, or no
 * longer). Latest first; one upload when `importId` is given or `latestOnly` is set.
 */
async function findImports(
  db: Db,
  organisationId: number,
  period: string,
  which: { importId?: number | undefined; latestOnly?: boolean } = {},
): Promise<ImportSummary[]> {
  const kept = db
    .select({
      importId: annexADrillDowns.importId,
      keptUntil: min(annexADrillDowns.keptUntil).as("kept_until"),
    })
    .from(annexADrillDowns)
    .where(and(eq(annexADrillDowns.organisationId, organisationId), stillKept()))
    .groupBy(annexADrillDowns.importId)
    .as("kept");
  const query = db
    .select({ record: annexAImports, keptUntil: kept.keptUntil })
    .from(annexAImports)
    .leftJoin(kept, eq(kept.importId, annexAImports.id))
    .where(
      and(
        eq(annexAImports.organisationId, organisationId),
        eq(annexAImports.period, period),
        which.importId === undefined ? undefined : eq(annexAImports.id, which.importId),
      ),
    )
    .orderBy(desc(annexAImports.importedAt), desc(annexAImports.id));
  const rows = which.latestOnly ? await query.limit(1) : await query;
  return rows.map(({ record, keptUntil }) => {
    // An aggregate comes back as the driver gives it (a Date or a timestamp string).
    const until = keptUntil === null ? null : new Date(keptUntil);
    return {
      id: record.id,
      fileName: record.fileName,
      fileSha256: record.fileSha256,
      extractDate: record.extractDate,
      rowsRead: record.rowsRead,
      rowsExcluded: record.rowsExcluded,
      exclusionsByReason: record.exclusionsByReason,
      warningsByKind: record.warningsByKind,
      figures: record.figures,
      childRowsKept: until !== null,
      childRowsKeptUntil: until?.toISOString() ?? null,
      importedBy: record.importedBy,
      importedAt: record.importedAt.toISOString(),
    };
  });
}

export async function listAnnexAImports(
  db: Db,
  organisationId: number,
  period: string,
): Promise<AnnexAImportsResponse> {
  return { period, imports: await findImports(db, organisationId, period) };
}

/**
 * The children behind one computed figure of an upload (the latest of the month unless one is
 * named), as kept when it was uploaded. 404 when there is no upload, no such figure, or the
 * drill-down was not kept or is past its `keptUntil`.
 */
export async function getAnnexADrillDown(
  db: Db,
  organisationId: number,
  period: string,
  query: { indicator: string; area: string; import?: number | undefined },
): Promise<AnnexADrillDownResponse> {
  const [upload] = await findImports(db, organisationId, period, {
    importId: query.import,
    latestOnly: true,
  });
  if (!upload)
    throw new NotFoundError(
      query.import === undefined
        ? `No Annex A file has been uploaded for ${periodLongLabel(period)}`
        : `import: there is no Annex A upload ${query.import} for ${periodLongLabel(period)}`,
    );
  if (!upload.childRowsKept)
    throw new NotFoundError(
      `The children behind the figures of upload ${upload.id} (${upload.fileName}) were not kept, or their retention has ended: an org admin can turn on retention, or upload the file again to see them`,
    );
  const [kept] = await db
    .select({ figure: annexADrillDowns.figure, area: areas.slug })
    .from(annexADrillDowns)
    .innerJoin(areas, eq(areas.id, annexADrillDowns.areaId))
    .where(
      and(
        eq(annexADrillDowns.importId, upload.id),
        eq(annexADrillDowns.indicatorId, query.indicator),
        eq(areas.slug, query.area),
        stillKept(),
      ),
    );
  if (!kept)
    throw new NotFoundError(
      `Upload ${upload.id} has no computed figure for indicator "${query.indicator}" in area "${query.area}"`,
    );
  return { period, import: upload, figure: { ...kept.figure, area: kept.area } };
}
