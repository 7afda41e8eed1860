import { z } from "zod";
import { AREA_KINDS, areaIdSchema, errorResponseSchema, indicatorSchema } from "./api-schema.ts";
import { organisationSlugSchema } from "./auth-schema.ts";
import {
  baselineKindSchema,
  indicatorDefinitionSchema,
  measureKindSchema,
  polaritySchema,
  unitSchema,
} from "./indicator-schema.ts";
import { monthStateSchema } from "./month-states.ts";
import { periodSchema } from "./periods.ts";

/**
 * The monthly cycle's contract: a month's states and steps, the return file's rows, errors and
 * warnings, and the write requests for figures, commentary, targets, the catalogue and areas.
 */

/** The steps a person takes, each a POST to `/api/orgs/{org}/months/{period}[/{step}]` ("open" is the bare URL). */
export const MONTH_STEPS = ["open", "submit", "return", "approve", "publish", "reopen"] as const;
export const monthStepSchema = z.enum(MONTH_STEPS);
export type MonthStep = z.infer<typeof monthStepSchema>;

/** Events recorded in a month's history: its steps, and figures or commentary saved in the draft. */
export const MONTH_EVENTS = [...MONTH_STEPS, "figures", "commentary", "history"] as const;
export const monthEventSchema = z.enum(MONTH_EVENTS);
export type MonthEvent = z.infer<typeof monthEventSchema>;

export const monthParamsSchema = z.object({ org: organisationSlugSchema, period: periodSchema });
export type MonthParams = z.infer<typeof monthParamsSchema>;

const reasonSchema = z
  .string()
  .trim()
  .min(1, "reason: say why, for the month's history and the audit trail")
  .max(2000, "reason: at most 2,000 characters");

/** Return and reopen need a reason; the other steps take an optional one (kept in the history). */
export const monthStepRequestSchema = z.object({ reason: reasonSchema.optional() }).nullish();
export type MonthStepRequest = z.infer<typeof monthStepRequestSchema>;

export const monthHistoryEntrySchema = z.object({
  event: monthEventSchema,
  revision: z.number().int().positive(),
  by: z.string(),
  at: z.string(),
  reason: z.string().nullable(),
});
export type MonthHistoryEntry = z.infer<typeof monthHistoryEntrySchema>;

/** A published revision of a month: revision 1 is the first publication, later ones corrections. */
export const monthRevisionSchema = z.object({
  revision: z.number().int().positive(),
  publishedAt: z.string().nullable(),
  publishedBy: z.string().nullable(),
  /** Why the month was reopened (null for revision 1, or the bulk-history reason). */
  reason: z.string().nullable(),
});
export type MonthRevision = z.infer<typeof monthRevisionSchema>;

export const monthSummarySchema = z.object({
  period: periodSchema,
  label: z.string(),
  state: monthStateSchema,
  /** The revision being worked on (equal to `publishedRevision` once it is published). */
  revision: z.number().int().positive(),
  /** The revision the public sees; null until the month is first published. */
  publishedRevision: z.number().int().positive().nullable(),
  /** Who submitted the current revision: an approver must be someone else. */
  submittedBy: z.string().nullable(),
  history: z.array(monthHistoryEntrySchema),
  revisions: z.array(monthRevisionSchema),
});
export type MonthSummary = z.infer<typeof monthSummarySchema>;

export const monthsResponseSchema = z.object({ months: z.array(monthSummarySchema) });

/** A month's published revisions, each with the figures it published (earlier ones kept when corrected). */
export const monthRevisionsResponseSchema = z.object({
  period: periodSchema,
  revisions: z.array(
    monthRevisionSchema.extend({
      figures: z.array(
        z.object({
          indicator: z.string(),
          area: z.string(),
          breakdown: z.string(),
          numerator: z.number().nullable(),
          denominator: z.number().nullable(),
          value: z.number().nullable(),
        }),
      ),
    }),
  ),
});
export type MonthRevisionsResponse = z.infer<typeof monthRevisionsResponseSchema>;
export type MonthsResponse = z.infer<typeof monthsResponseSchema>;

// ---------------------------------------------------------------------------------------------
// The return: one row per indicator × area (× breakdown).

/** The columns a return file is read by (matched case-insensitively); any other column is ignored. */
export const RETURN_COLUMNS = [
  "indicator",
  "area",
  "breakdown",
  "numerator",
  "denominator",
  "value",
  "note",
  "period",
] as const;
export type ReturnColumn = (typeof RETURN_COLUMNS)[number];

/** A return file as read from CSV or XLSX, before validation: its header and each data row's cells. */
export interface RawReturnTable {
  header: readonly string[];
  /** `row` is the file's own row number (the header is row 1), as a spreadsheet shows it. */
  rows: readonly { row: number; cells: readonly (string | number | null)[] }[];
}

export const returnFigureSchema = z.object({
  indicator: z.string().min(1),
  area: areaIdSchema,
  breakdown: z.string().max(80).default(""),
  numerator: z.number().nullable().default(null),
  denominator: z.number().nullable().default(null),
  value: z.number().nullable().default(null),
  note: z.string().max(2000).nullable().default(null),
});
export type ReturnFigure = z.infer<typeof returnFigureSchema>;

/** A figure of the bulk history, which names its month. */
export type HistoryFigure = ReturnFigure & { period: string };

/** One problem in a return: the file's row and the column's header (null when it is the whole file or row). */
export const returnErrorSchema = z.object({
  row: z.number().int().nullable(),
  column: z.string().nullable(),
  message: z.string(),
});
export type ReturnError = z.infer<typeof returnErrorSchema>;

/** At most this many problems are reported for one file. */
export const MAX_RETURN_ERRORS = 200;

export const returnValidationResponseSchema = errorResponseSchema.extend({
  errors: z.array(returnErrorSchema),
});
export type ReturnValidationResponse = z.infer<typeof returnValidationResponseSchema>;

export const RETURN_WARNING_KINDS = [
  "outside_process_limits",
  "large_change",
  "areas_do_not_add_up",
] as const;
export const returnWarningSchema = z.object({
  kind: z.enum(RETURN_WARNING_KINDS),
  indicator: z.string(),
  area: z.string(),
  breakdown: z.string(),
  message: z.string(),
});
export type ReturnWarning = z.infer<typeof returnWarningSchema>;

/** A figure of the draft (or, with no draft, of the published revision) as the grid shows it. */
export const monthFigureSchema = returnFigureSchema.required();
export type MonthFigure = z.infer<typeof monthFigureSchema>;

export const monthDetailResponseSchema = monthSummarySchema.extend({
  /** The figures an editor works on: the draft's, or the published revision's when the month is published. */
  figures: z.array(monthFigureSchema),
  /** Last month's published figures, for the template and the grid's "last month" column. */
  previousFigures: z.array(monthFigureSchema),
  commentary: z.array(z.object({ indicator: z.string(), body: z.string() })),
  warnings: z.array(returnWarningSchema),
});
export type MonthDetailResponse = z.infer<typeof monthDetailResponseSchema>;

export const figuresGridRequestSchema = z.object({ figures: z.array(returnFigureSchema).max(20000) });
export type FiguresGridRequest = z.infer<typeof figuresGridRequestSchema>;

export const figuresSavedResponseSchema = z.object({
  period: periodSchema,
  revision: z.number().int(),
  rows: z.number().int(),
  warnings: z.array(returnWarningSchema),
});
export type FiguresSavedResponse = z.infer<typeof figuresSavedResponseSchema>;

export const TEMPLATE_FORMATS = ["xlsx", "csv"] as const;
export const templateQuerySchema = z.object({ format: z.enum(TEMPLATE_FORMATS).default("xlsx") });

export const historyUploadQuerySchema = z.object({ reason: reasonSchema });
export const historyLoadedResponseSchema = z.object({
  months: z.array(periodSchema),
  rows: z.number().int(),
});
export type HistoryLoadedResponse = z.infer<typeof historyLoadedResponseSchema>;

export const commentaryParamsSchema = monthParamsSchema.extend({
  indicator: z
    .string()
    .regex(/^[a-z0-9-]+$/, "indicator must be an indicator id such as re-referrals")
    .max(80),
});
export const commentaryRequestSchema = z.object({
  /** Plain text; blank lines separate paragraphs. Empty removes the month's commentary. */
  body: z.string().max(10000, "body: at most 10,000 characters"),
});
export const commentarySavedResponseSchema = z.object({ indicator: z.string(), body: z.string() });

// ---------------------------------------------------------------------------------------------
// Targets, the catalogue and areas.

export const targetCreateRequestSchema = z.object({
  effectiveFrom: periodSchema,
  /** null records "no target from this month". */
  value: z.number().nullable(),
  reason: reasonSchema,
});
export type TargetCreateRequest = z.infer<typeof targetCreateRequestSchema>;

/** The fields of a rating rule: a change applies from a month onward, earlier months keep theirs. */
export const RATING_RULE_FIELDS = [
  "polarity",
  "baselineKind",
  "baselineLabel",
  "baselineMonth",
  "tolerance",
  "trendThreshold",
] as const;
export type RatingRuleField = (typeof RATING_RULE_FIELDS)[number];

export const indicatorUpdateRequestSchema = z
  .object({
    title: indicatorDefinitionSchema.shape.title,
    definition: z.string().max(5000),
    unit: unitSchema,
    polarity: polaritySchema,
    measureKind: measureKindSchema,
    baselineKind: baselineKindSchema,
    baselineLabel: z.string().min(1).max(100),
    baselineMonth: periodSchema.nullable(),
    tolerance: z.number().nonnegative().nullable(),
    trendThreshold: z.number().nonnegative().nullable(),
    decimals: indicatorDefinitionSchema.shape.decimals,
    numeratorLabel: z.string().max(200).nullable(),
    denominatorLabel: z.string().max(200).nullable(),
    notes: z.string().max(5000).nullable(),
    /** The DfE measure the indicator is benchmarked against (see /api/benchmarks/catalogue); null for none. */
    dfeMeasureId: z.string().max(80).nullable(),
    /** The first month a changed rating rule applies to; required when a rule field changes. */
    effectiveFrom: periodSchema.optional(),
    reason: reasonSchema.optional(),
  })
  .partial()
  // A misspelt field must not be a silent no-op.
  .strict();
export type IndicatorUpdateRequest = z.infer<typeof indicatorUpdateRequestSchema>;

/** An earlier rating rule, in force for the months before `effectiveUntil`. */
export const indicatorRuleVersionSchema = z.object({
  effectiveUntil: periodSchema,
  polarity: polaritySchema,
  baselineKind: baselineKindSchema,
  baselineLabel: z.string(),
  baselineMonth: z.string().nullable(),
  tolerance: z.number().nullable(),
  trendThreshold: z.number().nullable(),
  reason: z.string(),
  recordedAt: z.string(),
});

/** The indicator as changed, with the DfE measure it is benchmarked against and its earlier rules, oldest first. */
export const indicatorUpdatedResponseSchema = indicatorSchema.extend({
  dfeMeasureId: z.string().nullable(),
  earlierRules: z.array(indicatorRuleVersionSchema),
});
export type IndicatorUpdatedResponse = z.infer<typeof indicatorUpdatedResponseSchema>;

export const areaCreateRequestSchema = z.object({
  slug: areaIdSchema,
  name: z.string().trim().min(1, "name: give the area a name").max(120),
  kind: z.enum(AREA_KINDS),
  /** The parent area's slug; null only for a whole authority. */
  parent: areaIdSchema.nullable(),
});
export type AreaCreateRequest = z.infer<typeof areaCreateRequestSchema>;

/** What an areas file did: areas created, areas changed, and areas it repeated as they were. */
export const areasImportedResponseSchema = z.object({
  created: z.number().int(),
  updated: z.number().int(),
  unchanged: z.number().int(),
});
export type AreasImportedResponse = z.infer<typeof areasImportedResponseSchema>;
