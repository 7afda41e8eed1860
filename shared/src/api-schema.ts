import { z } from "zod";
import { QUARTILES } from "./benchmark-stats.ts";
import { indicatorDefinitionSchema, polaritySchema, ragSchema, unitSchema } from "./indicator-schema.ts";
import { monthStateSchema, revisedNoteSchema, scorecardStatusSchema } from "./month-states.ts";
import { periodSchema } from "./periods.ts";
import { SPC_ASSURANCES, SPC_IMPROVEMENTS, SPC_SPECIAL_CAUSES, SPC_VARIATIONS } from "./xmr-chart.ts";
import { SPC_RULE_PRECEDENCE } from "./xmr-rules.ts";

/**
 * The API contract. The server validates requests and responses with these schemas,
 * the OpenAPI document is generated from them, and the client parses responses with them.
 */

export const errorResponseSchema = z.object({
  statusCode: z.number().int(),
  error: z.string(),
  message: z.string(),
  /** On 5xx answers: the request id, as in the x-request-id header and the server's log line. */
  requestId: z.string().optional(),
});
export type ErrorResponse = z.infer<typeof errorResponseSchema>;

export const healthResponseSchema = z.object({
  status: z.literal("ok"),
  database: z.enum(["pglite", "postgres"]),
});
export type HealthResponse = z.infer<typeof healthResponseSchema>;

/** `/api/health` with the database out of reach: 503, an error body that also says which part is down. */
export const healthUnavailableResponseSchema = errorResponseSchema.extend({
  status: z.literal("unavailable"),
  database: z.literal("unavailable"),
});

export const DATA_SOURCES = ["published", "illustrative"] as const;
export const dataSourceSchema = z.enum(DATA_SOURCES);
export type DataSource = z.infer<typeof dataSourceSchema>;

export const areaIdSchema = z
  .string()
  .regex(/^[a-z0-9-]+$/, "area must be an area id such as city, east or nwc")
  .max(80);

export const scorecardQuerySchema = z.object({
  period: periodSchema,
  area: areaIdSchema.default("city"),
});
export type ScorecardQuery = z.infer<typeof scorecardQuerySchema>;

export const BENCHMARK_KINDS = ["national", "statistical_neighbours", "regional"] as const;
export type BenchmarkKind = (typeof BENCHMARK_KINDS)[number];

export const benchmarkValueSchema = z.object({
  kind: z.enum(BENCHMARK_KINDS),
  value: z.number(),
  unit: unitSchema,
  /** The period the figure describes ("2015-16"), not when it was used. */
  period: z.string(),
  source: z.string(),
  /** `dfe`: computed from DfE's published statistics; `paper`: as printed in the council's paper. */
  origin: z.enum(["dfe", "paper"]),
});
export type BenchmarkValue = z.infer<typeof benchmarkValueSchema>;

export const baselineSchema = z.object({
  kind: z.string(),
  label: z.string(),
  value: z.number().nullable(),
  numerator: z.number().nullable(),
  denominator: z.number().nullable(),
  /** `published` when the paper printed it; `computed` when the engine made it from the monthly history. */
  origin: z.enum(["published", "computed"]),
});
export type Baseline = z.infer<typeof baselineSchema>;

const figureFields = {
  value: z.number().nullable(),
  numerator: z.number().nullable(),
  denominator: z.number().nullable(),
  ratePer10k: z.number().nullable(),
};

export const scorecardAreaFigureSchema = z.object({
  areaId: z.string(),
  name: z.string(),
  ...figureFields,
  rag: ragSchema.nullable(),
  source: dataSourceSchema,
});
export type ScorecardAreaFigure = z.infer<typeof scorecardAreaFigureSchema>;

export const scorecardBreakdownFigureSchema = z.object({
  breakdown: z.string(),
  areaId: z.string(),
  ...figureFields,
  source: dataSourceSchema,
});
export type ScorecardBreakdownFigure = z.infer<typeof scorecardBreakdownFigureSchema>;

export const scorecardRowSchema = z.object({
  indicatorId: z.string(),
  ref: z.number().int(),
  title: z.string(),
  unit: unitSchema,
  polarity: polaritySchema,
  decimals: z.number().int(),
  ...figureFields,
  baseline: baselineSchema.nullable(),
  target: z.number().nullable(),
  targetEffectiveFrom: z.string().nullable(),
  rag: ragSchema.nullable(),
  trend: ragSchema.nullable(),
  benchmarks: z.array(benchmarkValueSchema),
  areas: z.array(scorecardAreaFigureSchema),
  breakdown: z.array(scorecardBreakdownFigureSchema),
  commentary: z.string().nullable(),
  /** The 12 months up to and including this one, oldest first, for a sparkline. */
  history: z.array(
    z.object({ period: periodSchema, value: z.number().nullable(), source: dataSourceSchema }),
  ),
  /** null when the month has no figure for this indicator. */
  source: dataSourceSchema.nullable(),
});
export type ScorecardRow = z.infer<typeof scorecardRowSchema>;

export const snModelSchema = z.enum(["2021", "2025"]);
export type SnModel = z.infer<typeof snModelSchema>;

export const scorecardResponseSchema = z.object({
  period: periodSchema,
  area: z.object({ id: z.string(), name: z.string() }),
  rows: z.array(scorecardRowSchema),
  /** Which DfE statistical-neighbour model the neighbours' averages use this month. */
  statisticalNeighbourModel: z.object({ model: snModelSchema, label: z.string() }),
  /** `draft` only for editors and above looking at a month not yet published (its draft revision). */
  status: scorecardStatusSchema,
  /** The month's state in the cycle; null for a month recorded before the cycle (published data). */
  monthState: monthStateSchema.nullable(),
  /** Set when the published revision shown is a correction: "Revised on {on}: {reason}". */
  revised: revisedNoteSchema.nullable(),
});
export type ScorecardResponse = z.infer<typeof scorecardResponseSchema>;

export const periodsResponseSchema = z.object({
  /** Months that have data, latest first; `published` when any figure of the month was printed in a paper. */
  periods: z.array(z.object({ period: periodSchema, label: z.string(), source: dataSourceSchema })),
});
export type PeriodsResponse = z.infer<typeof periodsResponseSchema>;

export const AREA_KINDS = ["city", "area", "ward", "service"] as const;
export const areaKindSchema = z.enum(AREA_KINDS);

export const areaSchema = z.object({
  id: z.string(),
  name: z.string(),
  kind: areaKindSchema,
  parentId: z.string().nullable(),
  /** Children aged 0–17, latest estimate held; null for service units, which have no population. */
  population: z.number().int().nullable(),
  populationYear: z.number().int().nullable(),
});
export type Area = z.infer<typeof areaSchema>;

export const areasResponseSchema = z.object({ areas: z.array(areaSchema) });
export type AreasResponse = z.infer<typeof areasResponseSchema>;

export const indicatorSchema = indicatorDefinitionSchema.extend({
  baselineLabel: z.string(),
  showsRatePer10k: z.boolean(),
});
export type Indicator = z.infer<typeof indicatorSchema>;

export const indicatorsResponseSchema = z.object({ indicators: z.array(indicatorSchema) });
export type IndicatorsResponse = z.infer<typeof indicatorsResponseSchema>;

export const indicatorParamsSchema = z.object({
  id: z
    .string()
    .regex(/^[a-z0-9-]+$/, "id must be an indicator id such as re-referrals")
    .max(80),
});

export const seriesQuerySchema = z
  .object({
    area: areaIdSchema.default("city"),
    from: periodSchema.optional(),
    to: periodSchema.optional(),
  })
  .refine((query) => !query.from || !query.to || query.from <= query.to, {
    message: "from must not be after to",
    path: ["from"],
  });
export type SeriesQuery = z.infer<typeof seriesQuerySchema>;

export const seriesPointSchema = z.object({
  period: periodSchema,
  value: z.number().nullable(),
  numerator: z.number().nullable(),
  denominator: z.number().nullable(),
  /** For counts the papers also show per 10,000 children (CP plans, children in care); else null. */
  ratePer10k: z.number().nullable(),
  target: z.number().nullable(),
  rag: ragSchema.nullable(),
  source: dataSourceSchema,
});
export type SeriesPoint = z.infer<typeof seriesPointSchema>;

/** The engine's `xmrChart` result (its own enums), each point also carrying its month. */
export const spcSchema = z.object({
  mean: z.number().nullable(),
  movingRangeMean: z.number().nullable(),
  upperProcessLimit: z.number().nullable(),
  lowerProcessLimit: z.number().nullable(),
  points: z.array(
    z.object({
      period: periodSchema,
      value: z.number(),
      specialCause: z.enum(SPC_SPECIAL_CAUSES).nullable(),
      rules: z.array(z.enum(SPC_RULE_PRECEDENCE)),
    }),
  ),
  variation: z.enum(SPC_VARIATIONS).nullable(),
  assurance: z.enum(SPC_ASSURANCES).nullable(),
  trial: z.boolean(),
  improvement: z.enum(SPC_IMPROVEMENTS),
  target: z.number().nullable(),
});
export type Spc = z.infer<typeof spcSchema>;

export const benchmarkHistoryEntrySchema = benchmarkValueSchema.extend({
  /** The first scorecard month that used this figure. */
  effectiveFrom: periodSchema,
});

export const seriesResponseSchema = z.object({
  indicatorId: z.string(),
  areaId: z.string(),
  unit: unitSchema,
  points: z.array(seriesPointSchema),
  spc: spcSchema,
  benchmarks: z.array(benchmarkHistoryEntrySchema),
  /** The paragraph the paper printed under the indicator, by month. */
  commentary: z.array(z.object({ period: periodSchema, body: z.string() })),
  /** Months of the series whose published figures are a correction, with when and why. */
  revisions: z.array(revisedNoteSchema.extend({ period: periodSchema })),
});
export type SeriesResponse = z.infer<typeof seriesResponseSchema>;

export const targetHistoryEntrySchema = z.object({
  effectiveFrom: periodSchema,
  /** null: from this month the indicator had no target. */
  value: z.number().nullable(),
  reason: z.string(),
  recordedAt: z.string(),
});

export const targetsResponseSchema = z.object({
  indicatorId: z.string(),
  unit: unitSchema,
  targets: z.array(targetHistoryEntrySchema),
});
export type TargetsResponse = z.infer<typeof targetsResponseSchema>;

export const laCodeSchema = z.string().regex(/^\d{3}$/, "la must be a three-digit DfE LA code such as 330");

const benchmarkIndicatorSchema = z
  .string()
  .regex(/^[a-z0-9-]+$/, "indicator must be an indicator id such as re-referrals")
  .max(80);

const reportingYearSchema = z.coerce
  .number({ message: "year must be a reporting year such as 2025" })
  .int("year must be a reporting year such as 2025")
  .min(2000, "year must be a reporting year such as 2025")
  .max(2100, "year must be a reporting year such as 2025");

export const benchmarksQuerySchema = z.object({
  indicator: benchmarkIndicatorSchema,
  la: laCodeSchema.default("330"),
  /** Reporting year (2025 = year ending 31 March 2025); defaults to the latest with figures. */
  year: reportingYearSchema.optional(),
  model: snModelSchema.default("2025"),
});
export type BenchmarksQuery = z.infer<typeof benchmarksQuerySchema>;

export const benchmarkMeasureSchema = z.object({
  id: z.string(),
  title: z.string(),
  definition: z.string(),
  method: z.string(),
  period: z.string(),
  /** What a "year" is: ending 31 March, or a 30 September snapshot (the workforce census). */
  yearBasis: z.enum(["year_ending_march", "snapshot_september"]),
  unit: unitSchema,
  polarity: polaritySchema,
  decimals: z.number().int(),
  sourceFile: z.string(),
  sourceUrl: z.string(),
  years: z.array(z.number().int()),
});
export type BenchmarkMeasure = z.infer<typeof benchmarkMeasureSchema>;

export const quartileSchema = z.enum(QUARTILES);

export const benchmarksResponseSchema = z.object({
  indicatorId: z.string(),
  measure: benchmarkMeasureSchema,
  la: z.object({ code: z.string(), name: z.string(), regionCode: z.string().nullable() }),
  year: z.number().int(),
  /** "year ending March 2025", or "30 September 2025" for the workforce census. */
  yearLabel: z.string(),
  value: z.number().nullable(),
  numerator: z.number().nullable(),
  denominator: z.number().nullable(),
  /** DfE's code when the LA's figure is suppressed (c, u, x, z, k, low, -). */
  suppression: z.string().nullable(),
  national: z.number().nullable(),
  region: z.object({ code: z.string(), name: z.string(), value: z.number().nullable() }).nullable(),
  statisticalNeighbours: z.object({
    model: snModelSchema,
    modelLabel: z.string(),
    members: z.array(
      z.object({
        code: z.string(),
        name: z.string(),
        position: z.number().int(),
        closeness: z.string(),
        value: z.number().nullable(),
        suppression: z.string().nullable(),
      }),
    ),
    mean: z.number().nullable(),
    median: z.number().nullable(),
    withValues: z.number().int(),
  }),
  rank: z.number().int().nullable(),
  rankOf: z.number().int(),
  quartile: quartileSchema.nullable(),
});
export type BenchmarksResponse = z.infer<typeof benchmarksResponseSchema>;

export const benchmarkHistoryQuerySchema = benchmarksQuerySchema.omit({ year: true });

export const benchmarkHistoryResponseSchema = z.object({
  indicatorId: z.string(),
  la: z.object({ code: z.string(), name: z.string() }),
  model: snModelSchema,
  regionName: z.string().nullable(),
  years: z.array(
    z.object({
      year: z.number().int(),
      yearLabel: z.string(),
      value: z.number().nullable(),
      national: z.number().nullable(),
      region: z.number().nullable(),
      neighboursMean: z.number().nullable(),
      neighboursMedian: z.number().nullable(),
      rank: z.number().int().nullable(),
      rankOf: z.number().int(),
      quartile: quartileSchema.nullable(),
    }),
  ),
});
export type BenchmarkHistoryResponse = z.infer<typeof benchmarkHistoryResponseSchema>;

export const benchmarkRankingQuerySchema = benchmarksQuerySchema.pick({ indicator: true, year: true });

export const benchmarkRankingResponseSchema = z.object({
  indicatorId: z.string(),
  year: z.number().int(),
  yearLabel: z.string(),
  entries: z.array(
    z.object({
      code: z.string(),
      name: z.string(),
      regionName: z.string().nullable(),
      value: z.number().nullable(),
      suppression: z.string().nullable(),
      rank: z.number().int().nullable(),
      quartile: quartileSchema.nullable(),
    }),
  ),
});
export type BenchmarkRankingResponse = z.infer<typeof benchmarkRankingResponseSchema>;

export const benchmarkCatalogueResponseSchema = z.object({
  measures: z.array(benchmarkMeasureSchema),
  localAuthorities: z.array(
    z.object({
      code: z.string(),
      name: z.string(),
      regionName: z.string().nullable(),
      firstYear: z.number().int().nullable(),
      lastYear: z.number().int().nullable(),
    }),
  ),
  models: z.array(z.object({ model: snModelSchema, label: z.string() })),
});
export type BenchmarkCatalogueResponse = z.infer<typeof benchmarkCatalogueResponseSchema>;

export const statisticsImportQuerySchema = z.object({
  file: z
    .string()
    .min(1, "file must name the uploaded file, e.g. c1_children_in_need_referrals_and_rereferrals.csv")
    .max(200)
    .regex(/^[\w .()-]+$/, "file must be a plain file name"),
});

export const statisticsImportResponseSchema = z.object({
  file: z.string(),
  status: z.enum(["imported", "unchanged"]),
  kind: z.string(),
  measures: z.array(z.string()),
  rows: z.number().int(),
});
export type StatisticsImportResponse = z.infer<typeof statisticsImportResponseSchema>;

/*
 * Page addresses: the search params of the client's pages. Each field reuses the rule and the default
 * of the API query it feeds, so a default is written once (in the query schema above). Unlike the
 * API, a page never refuses its address: a person types, pastes and truncates URLs, so a missing,
 * empty or unreadable value falls back to the default (or to "not given").
 */

/** The whole authority: the area a scorecard or series shows when none is asked for. */
export const DEFAULT_AREA_ID = scorecardQuerySchema.shape.area.parse(undefined);
/** Birmingham's DfE code: the LA the benchmarks show when none is asked for. */
export const DEFAULT_LA_CODE = benchmarksQuerySchema.shape.la.parse(undefined);
/** The statistical-neighbour model the benchmarks use when none is asked for. */
export const DEFAULT_SN_MODEL = benchmarksQuerySchema.shape.model.parse(undefined);

export const pageViewSchema = z.enum(["chart", "table"]);
export type PageView = z.infer<typeof pageViewSchema>;

const optionalPeriod = periodSchema.optional().catch(undefined);
const areaParam = scorecardQuerySchema.shape.area.catch(DEFAULT_AREA_ID);
const indicatorParam = indicatorParamsSchema.shape.id.optional().catch(undefined);
const viewParam = pageViewSchema.default("chart").catch("chart");

/** `/`: the month (else the latest published) and the area. */
export const scorecardSearchSchema = z.object({ period: optionalPeriod, area: areaParam });
export type ScorecardSearch = z.infer<typeof scorecardSearchSchema>;

/** `/compare`: areas within the whole authority. `area` is only carried, so going back keeps it. */
export const compareSearchSchema = z.object({
  period: optionalPeriod,
  area: areaParam,
  indicator: indicatorParam,
  /** Chosen area ids joined by commas, "none" for none; absent means every area. */
  areas: z
    .string()
    .regex(/^[a-z0-9-]+(,[a-z0-9-]+)*$/)
    .optional()
    .catch(undefined),
  view: viewParam,
});
export type CompareSearch = z.infer<typeof compareSearchSchema>;

/** `/indicators/$indicatorId`: one area's series, optionally cut to months; `period` is the scorecard month come from. */
export const indicatorSearchSchema = z.object({
  area: seriesQuerySchema.shape.area.catch(DEFAULT_AREA_ID),
  from: optionalPeriod,
  to: optionalPeriod,
  period: optionalPeriod,
  view: viewParam,
  measure: z.enum(["number", "rate"]).default("number").catch("number"),
});
export type IndicatorSearch = z.infer<typeof indicatorSearchSchema>;

/** `/benchmarks`: measure (else the first), LA, year (else the latest held), model. */
export const benchmarksSearchSchema = z.object({
  indicator: benchmarksQuerySchema.shape.indicator.optional().catch(undefined),
  la: benchmarksQuerySchema.shape.la.catch(DEFAULT_LA_CODE),
  year: benchmarksQuerySchema.shape.year.catch(undefined),
  model: benchmarksQuerySchema.shape.model.catch(DEFAULT_SN_MODEL),
  view: viewParam,
});
export type BenchmarksSearch = z.infer<typeof benchmarksSearchSchema>;
