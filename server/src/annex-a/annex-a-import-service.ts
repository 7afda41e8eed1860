import { createHash } from "node:crypto";
import { computeAnnexAMonth } from "@scorecard/shared/annex-a/annex-a-month";
import type { AnnexAImportResponse } from "@scorecard/shared/annex-a/annex-a-schema";
import { monthBounds } from "@scorecard/shared/annex-a/compute-calendar";
import { readAnnexA } from "@scorecard/shared/annex-a/read-annex-a";
import { MAX_RETURN_ERRORS } from "@scorecard/shared/month-schema";
import { periodLabel } from "@scorecard/shared/periods";
import { eq } from "drizzle-orm";
import type { Db } from "../db/database.ts";
import { annexAImports, annexATeamAreas, areas } from "../db/schema.ts";
import { UnprocessableError } from "../errors.ts";
import { gridAsTable, validatedReturn } from "../months/month-return-service.ts";
import { type MonthActor, saveDraftFigures } from "../months/month-service.ts";
import type { OrganisationRow } from "../repositories/organisation-repository.ts";
import { listAreas, listIndicators, listPopulations } from "../repositories/scorecard-repository.ts";
import { AnnexAErrorsError } from "./annex-a-errors.ts";
import {
  deleteExpiredDrillDowns,
  keepDrillDown,
  keptUntilFor,
  retentionDaysForUpload,
} from "./annex-a-retention.ts";
import { readAnnexAUpload } from "./read-annex-a-upload.ts";

const count = (n: number, one: string, many = `${one}s`) =>
  `${n.toLocaleString("en-GB")} ${n === 1 ? one : many}`;

export async function teamAreaTable(db: Db, organisationId: number) {
  return db
    .select({ team: annexATeamAreas.team, teamKey: annexATeamAreas.teamKey, area: areas.slug })
    .from(annexATeamAreas)
    .innerJoin(areas, eq(areas.id, annexATeamAreas.areaId))
    .where(eq(annexATeamAreas.organisationId, organisationId))
    .orderBy(annexATeamAreas.team);
}

/**
 * Computes the month from an Annex A upload and stores the figures in its draft exactly as an
 * uploaded return would be (the same checks, the same transaction, audited), each with its source as
 * the figure's note, plus a record of the file (hash, rows read and excluded, reasons counted). The
 * child-level rows are not stored; the drill-down (child ids behind each figure) goes back in this
 * answer, and is kept in the same transaction only when the organisation has turned retention on.
 */
export async function importAnnexA(
  db: Db,
  actor: MonthActor,
  organisation: OrganisationRow,
  period: string,
  upload: { body: Buffer; fileName: string; extractDate?: string | undefined },
): Promise<AnnexAImportResponse> {
  const sheets = await readAnnexAUpload(upload.body);
  const extractDate = upload.extractDate ?? monthBounds(period).last;
  const read = readAnnexA(sheets, { extractDate });
  if (read.errors.length > 0) {
    throw new AnnexAErrorsError(
      `The Annex A file has ${count(read.errors.length, "problem")} and nothing was stored: fix ${read.errors.length === 1 ? "it" : "them"} and upload it again`,
      read.errors
        .slice(0, MAX_RETURN_ERRORS)
        .map(({ sheet, row, column, message }) => ({ sheet, row, column, message })),
    );
  }

  const [areaList, indicatorList, teams] = await Promise.all([
    listAreas(db, organisation.id),
    listIndicators(db, organisation.id),
    teamAreaTable(db, organisation.id),
  ]);
  const authority = areaList.find((area) => area.parentId === null);
  if (!authority)
    throw new UnprocessableError(
      "The organisation has no top-level area to compute the authority's figures for",
    );
  const populationRows = await listPopulations(
    db,
    areaList.map((area) => area.id),
  );
  const slugOf = new Map(areaList.map((area) => [area.id, area.slug]));
  const latestPopulation: Record<string, number> = {};
  for (const row of [...populationRows].sort((a, b) => a.year - b.year)) {
    const slug = slugOf.get(row.areaId);
    if (slug) latestPopulation[slug] = row.population;
  }

  let month: ReturnType<typeof computeAnnexAMonth>;
  try {
    month = computeAnnexAMonth({
      period,
      lists: read.lists,
      teamAreas: Object.fromEntries(teams.map((team) => [team.team, team.area])),
      authorityAreaId: authority.slug,
      populations: latestPopulation,
      decimals: Object.fromEntries(indicatorList.map((indicator) => [indicator.id, indicator.decimals])),
    });
  } catch (error) {
    if (error instanceof RangeError) throw new UnprocessableError(`extractDate: ${error.message}`);
    throw error;
  }

  const inCatalogue = new Set(indicatorList.map((indicator) => indicator.id));
  // A mean (e.g. the share of care leavers in EET, as DfE publishes it) is stored as its value alone,
  // as a return gives it; the counts behind it stay in the drill-down.
  const valueOnly = new Set(
    indicatorList.filter((indicator) => indicator.measureKind === "mean").map((indicator) => indicator.id),
  );
  const fileSha256 = createHash("sha256").update(upload.body).digest("hex");
  const rowsRead = Object.values(read.lists).reduce(
    (total, rows) => total + (Array.isArray(rows) ? rows.length : 0),
    0,
  );
  const figures = month.figures
    .filter((figure) => inCatalogue.has(figure.indicatorId))
    .map((figure) => ({
      figure,
      source: `computed from Annex A, file ${upload.fileName} (sha256 ${fileSha256.slice(0, 12)}), ${count(figure.rowsUsed, "row")}, ${figure.rowsExcluded.toLocaleString("en-GB")} excluded`,
    }));
  const returned = await validatedReturn(
    db,
    organisation,
    gridAsTable(
      figures.map(({ figure, source }) => ({
        indicator: figure.indicatorId,
        area: figure.areaId,
        breakdown: "",
        numerator: valueOnly.has(figure.indicatorId) ? null : figure.numerator,
        denominator: valueOnly.has(figure.indicatorId) ? null : figure.denominator,
        value: figure.value,
        note: source,
      })),
    ),
    { mode: "month", period },
  );

  const exclusionsByReason: Record<string, number> = {};
  for (const { figure } of figures)
    if (figure.areaId === authority.slug)
      for (const exclusion of figure.exclusions)
        exclusionsByReason[exclusion.reason] = (exclusionsByReason[exclusion.reason] ?? 0) + 1;
  const rowsExcluded = Object.values(exclusionsByReason).reduce((total, n) => total + n, 0);
  const warningsByKind = Object.fromEntries(
    Object.entries(read.warningCounts).map(([kind, n]) => [kind, n ?? 0]),
  );
  const answerFigures = figures.map(({ figure, source }) => ({
    indicator: figure.indicatorId,
    area: figure.areaId,
    numerator: figure.numerator,
    denominator: figure.denominator,
    value: figure.value,
    source,
    rowsUsed: figure.rowsUsed,
    rowsExcluded: figure.rowsExcluded,
    flags: figure.flags,
    notes: figure.notes,
    numeratorChildIds: figure.numeratorChildIds,
    denominatorChildIds: figure.denominatorChildIds,
    exclusions: figure.exclusions.map(({ source, childId, reason }) => ({ ...source, childId, reason })),
  }));
  const areaIdOf = new Map(areaList.map((area) => [area.slug, area.id]));
  // Filled in by the transaction below.
  const stored: { importId: number; keptUntil: Date | null } = { importId: 0, keptUntil: null };
  const saved = await saveDraftFigures(
    db,
    actor,
    period,
    returned,
    `Annex A for ${periodLabel(period)} computed from ${upload.fileName}`,
    async (tx) => {
      await deleteExpiredDrillDowns(tx, actor.context, organisation.id);
      const retainDays = await retentionDaysForUpload(tx, organisation.id);
      const [row] = await tx
        .insert(annexAImports)
        .values({
          organisationId: organisation.id,
          period,
          fileName: upload.fileName,
          fileSha256,
          extractDate,
          rowsRead,
          rowsExcluded,
          exclusionsByReason,
          warningsByKind,
          figures: returned.length,
          importedBy: actor.label,
        })
        .returning({ id: annexAImports.id, importedAt: annexAImports.importedAt });
      if (!row) throw new Error("the Annex A import record was not stored");
      stored.importId = row.id;
      if (retainDays === null) return;
      stored.keptUntil = keptUntilFor(row.importedAt, retainDays);
      await keepDrillDown(tx, actor.context, {
        importId: row.id,
        period,
        keptUntil: stored.keptUntil,
        figures: answerFigures.flatMap((figure) => {
          const areaId = areaIdOf.get(figure.area);
          return areaId === undefined ? [] : [{ areaId, figure }];
        }),
      });
    },
  );

  return {
    period,
    import: {
      id: stored.importId,
      fileName: upload.fileName,
      fileSha256,
      extractDate,
      rowsRead,
      rowsExcluded,
      exclusionsByReason,
      warningsByKind,
      figures: returned.length,
      childRowsKept: stored.keptUntil !== null,
      childRowsKeptUntil: stored.keptUntil?.toISOString() ?? null,
    },
    ...saved,
    figures: answerFigures,
    unmappedTeams: month.unmappedTeams,
    caseloadByTeam: month.caseloadByTeam.map(({ areaId, ...team }) => ({ ...team, area: areaId })),
    warnings: read.warnings.map(({ sheet, row, column, message }) => ({ sheet, row, column, message })),
    notes: read.notes,
  };
}
