import type { BaselineKind, MeasureKind, Polarity, Unit } from "@scorecard/shared/indicator-schema";

/** The catalogue's codes as the settings page words them. */

export const unitLabels: Record<Unit, string> = {
  percent: "Percentage",
  count: "Count",
  rate_per_10k: "Rate per 10,000 children",
  days: "Days",
  number: "Number",
};

export const measureKindLabels: Record<MeasureKind, string> = {
  ratio: "Numerator ÷ denominator (areas and months combine as a ratio of sums)",
  snapshot_count: "Count at month end (areas add up; the latest month stands)",
  mean: "An average already (days, caseload)",
};

export const polarityLabels: Record<Polarity, string> = {
  higher_is_better: "Higher is better",
  lower_is_better: "Lower is better",
  neutral: "Neither: context only, not rated",
};

export const baselineKindLabels: Record<BaselineKind, string> = {
  previous_6_months_average: "Average of the previous 6 months",
  previous_6_months_cumulative: "Total of the previous 6 months",
  fixed_month: "A fixed month",
  rolling_12_months: "The last 12 months",
  none: "No baseline",
};

export const optionsOf = <V extends string>(labels: Record<V, string>) =>
  (Object.entries(labels) as [V, string][]).map(([value, label]) => ({ value, label }));
