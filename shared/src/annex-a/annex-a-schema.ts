import { z } from "zod";
import { errorResponseSchema } from "../api-schema.ts";

/** The API contract of the Annex A routes: the team table, and computing a month from an upload. */

const ISO_DATE = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;

export const teamAreaSchema = z.object({
  team: z.string().trim().min(1, "team: write the Allocated Team as Annex A exports it").max(200),
  area: z.string().min(1, "area: the slug of one of the organisation's areas"),
});
export const teamAreasBodySchema = z.object({
  teams: z.array(teamAreaSchema).max(2000, "teams: at most 2,000 teams"),
});
export type TeamAreasBody = z.infer<typeof teamAreasBodySchema>;
export const teamAreasResponseSchema = teamAreasBodySchema;

export const annexAImportQuerySchema = z.object({
  /** The "as at" date of the extract; the month's last day when not given. */
  extractDate: z.string().regex(ISO_DATE, "extractDate: write the extract's date as YYYY-MM-DD").optional(),
  /** The uploaded file's name, kept with its hash so a figure says which file it came from. */
  fileName: z.string().trim().min(1).max(255).default("annex-a"),
});

const sourceRowSchema = z.object({ sheet: z.string(), row: z.number().int() });

export const computedFigureSchema = z.object({
  indicator: z.string(),
  area: z.string(),
  numerator: z.number().nullable(),
  denominator: z.number().nullable(),
  value: z.number().nullable(),
  /** "computed from Annex A, file …, 1,234 rows, 3 excluded": stored as the draft figure's note. */
  source: z.string(),
  rowsUsed: z.number().int(),
  rowsExcluded: z.number().int(),
  flags: z.array(z.string()),
  notes: z.array(z.string()),
  /** The children behind the figure (editors and above only: this answer is never public). */
  numeratorChildIds: z.array(z.string()),
  denominatorChildIds: z.array(z.string()),
  exclusions: z.array(sourceRowSchema.extend({ childId: z.string(), reason: z.string() })),
});
export type ComputedFigureResponse = z.infer<typeof computedFigureSchema>;

export const annexAProblemSchema = z.object({
  sheet: z.string(),
  row: z.number().int().nullable(),
  column: z.string().nullable(),
  message: z.string(),
});

export const annexAImportResponseSchema = z.object({
  period: z.string(),
  import: z.object({
    id: z.number().int(),
    fileName: z.string(),
    fileSha256: z.string(),
    extractDate: z.string(),
    rowsRead: z.number().int(),
    rowsExcluded: z.number().int(),
    exclusionsByReason: z.record(z.string(), z.number().int()),
    warningsByKind: z.record(z.string(), z.number().int()),
    figures: z.number().int(),
    /**
     * Whether the drill-down (child ids behind each figure) was kept: only when the organisation turned
     * retention on, and then until `childRowsKeptUntil`; otherwise it is in this answer only.
     */
    childRowsKept: z.boolean(),
    childRowsKeptUntil: z.iso.datetime({ offset: true }).nullable(),
  }),
  revision: z.number().int(),
  rows: z.number().int(),
  figures: z.array(computedFigureSchema),
  unmappedTeams: z.array(z.object({ team: z.string().nullable(), rows: z.number().int() })),
  /** Open cases per allocated worker (headcount) by "Allocated Team": the caseload figure team by team. */
  caseloadByTeam: z.array(
    z.object({
      team: z.string().nullable(),
      area: z.string().nullable(),
      cases: z.number().int(),
      workers: z.number().int(),
      average: z.number(),
    }),
  ),
  warnings: z.array(annexAProblemSchema),
  notes: z.array(z.string()),
});
export type AnnexAImportResponse = z.infer<typeof annexAImportResponseSchema>;

/** Problems in the file name a sheet; problems in the figures computed from it (checked as a return is) do not. */
export const annexAValidationResponseSchema = errorResponseSchema.extend({
  errors: z.array(annexAProblemSchema.partial({ sheet: true })),
});

/** Keeping the drill-down is off unless an org admin turns it on, for at most 92 days. */
export const MAX_ANNEX_A_RETENTION_DAYS = 92;

/** The organisation's Annex A retention setting (org admins). */
export const annexASettingsSchema = z.object({
  /** Days the child ids behind computed figures are kept after an upload; null = not kept at all. */
  retainDrillDownDays: z
    .number()
    .int("retainDrillDownDays: a whole number of days")
    .min(1, "retainDrillDownDays: at least 1 day, or null to keep nothing")
    .max(
      MAX_ANNEX_A_RETENTION_DAYS,
      `retainDrillDownDays: at most ${MAX_ANNEX_A_RETENTION_DAYS} days (a quarter)`,
    )
    .nullable(),
});
export type AnnexASettings = z.infer<typeof annexASettingsSchema>;

/** One upload of the month, as the month page lists them (latest first). */
export const annexAImportSummarySchema = annexAImportResponseSchema.shape.import.extend({
  importedBy: z.string(),
  importedAt: z.iso.datetime({ offset: true }),
});
export const annexAImportsResponseSchema = z.object({
  period: z.string(),
  imports: z.array(annexAImportSummarySchema),
});
export type AnnexAImportsResponse = z.infer<typeof annexAImportsResponseSchema>;

/** `GET …/annex-a/drill-down?indicator=&area=` (and `.csv`): the children behind one computed figure. */
export const annexADrillDownQuerySchema = z.object({
  indicator: z.string().min(1, "indicator: the id of a computed indicator"),
  area: z.string().min(1, "area: the slug of the figure's area"),
  /** An earlier upload of the month; the latest when not given. */
  import: z.coerce.number().int().positive("import: the id of one of the month's uploads").optional(),
});
export const annexADrillDownResponseSchema = z.object({
  period: z.string(),
  import: annexAImportSummarySchema,
  figure: computedFigureSchema,
});
export type AnnexADrillDownResponse = z.infer<typeof annexADrillDownResponseSchema>;
