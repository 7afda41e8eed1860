import { z } from "zod";

/** Which direction is good. Counts that are context (CP plans, children in care) are `neutral`. */
export const POLARITIES = ["higher_is_better", "lower_is_better", "neutral"] as const;
export const polaritySchema = z.enum(POLARITIES);
export type Polarity = z.infer<typeof polaritySchema>;

export const UNITS = ["percent", "count", "rate_per_10k", "days", "number"] as const;
export const unitSchema = z.enum(UNITS);
export type Unit = z.infer<typeof unitSchema>;

/** The council's legend: RED off target, AMBER near target, GREEN on or above target. */
export const ragSchema = z.enum(["GREEN", "AMBER", "RED"]);
export type Rag = z.infer<typeof ragSchema>;

/**
 * How an indicator's value is made from its observations.
 * - `ratio`: numerator / denominator (× 100 for percent); combined as a ratio of sums.
 * - `snapshot_count`: a count at month end; areas add up, months do not (the latest month stands).
 * - `mean`: a value that is already an average (days, caseload); baselines take the plain mean of months.
 */
export const MEASURE_KINDS = ["ratio", "snapshot_count", "mean"] as const;
export const measureKindSchema = z.enum(MEASURE_KINDS);
export type MeasureKind = z.infer<typeof measureKindSchema>;

/** The comparison the scorecard prints beside each month ("Prev. 6 months average", "Mar-17"...). */
export const BASELINE_KINDS = [
  "previous_6_months_average",
  "previous_6_months_cumulative",
  "fixed_month",
  "rolling_12_months",
  "none",
] as const;
export const baselineKindSchema = z.enum(BASELINE_KINDS);
export type BaselineKind = z.infer<typeof baselineKindSchema>;

export const indicatorDefinitionSchema = z.object({
  id: z.string().regex(/^[a-z0-9-]+$/),
  ref: z.number().int().positive(),
  title: z.string().min(1),
  definition: z.string(),
  unit: unitSchema,
  polarity: polaritySchema,
  measureKind: measureKindSchema,
  baselineKind: baselineKindSchema,
  /** For `fixed_month` baselines, the month compared against, e.g. "2017-03". */
  baselineMonth: z.string().nullable(),
  /** Amber band width in the indicator's unit; null means the engine default (10% of |target|). */
  tolerance: z.number().nonnegative().nullable(),
  /** "Much better" threshold in the indicator's unit; null means the engine default (5% of |baseline|). */
  trendThreshold: z.number().nonnegative().nullable(),
  decimals: z.number().int().min(0).max(3),
  numeratorLabel: z.string().nullable(),
  denominatorLabel: z.string().nullable(),
  notes: z.string().nullable(),
});
export type IndicatorDefinition = z.infer<typeof indicatorDefinitionSchema>;
