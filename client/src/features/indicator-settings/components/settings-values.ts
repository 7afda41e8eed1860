import type { Indicator } from "@scorecard/shared/api-schema";
import type { BaselineKind, MeasureKind, Polarity, Unit } from "@scorecard/shared/indicator-schema";
import {
  type IndicatorUpdateRequest,
  indicatorUpdateRequestSchema,
  RATING_RULE_FIELDS,
  type RatingRuleField,
} from "@scorecard/shared/month-schema";
import { checkForm, type FormProblems } from "../../../lib/form-errors.ts";

/** The settings form's fields, named as the request names them (so the server's "field: …" lands on its field). */
export const settingsFields = [
  "title",
  "definition",
  "unit",
  "measureKind",
  "decimals",
  "numeratorLabel",
  "denominatorLabel",
  "notes",
  "dfeMeasureId",
  "polarity",
  "baselineKind",
  "baselineLabel",
  "baselineMonth",
  "tolerance",
  "trendThreshold",
  "effectiveFrom",
  "reason",
] as const;
export type SettingsField = (typeof settingsFields)[number];

/** The DfE measure is not in GET /indicators, so the form can only keep it, clear it, or name a new one. */
export const KEEP_DFE_MEASURE = "keep";
export const NO_DFE_MEASURE = "none";

/** What the form holds: text as typed, choices as their codes. */
export interface SettingsValues {
  title: string;
  definition: string;
  unit: Unit;
  measureKind: MeasureKind;
  decimals: string;
  numeratorLabel: string;
  denominatorLabel: string;
  notes: string;
  /** KEEP_DFE_MEASURE, NO_DFE_MEASURE or a measure id. */
  dfeMeasureId: string;
  polarity: Polarity;
  baselineKind: BaselineKind;
  baselineLabel: string;
  baselineMonth: string;
  tolerance: string;
  trendThreshold: string;
  effectiveFrom: string;
  reason: string;
}

export type SetValue = <K extends keyof SettingsValues>(field: K, value: SettingsValues[K]) => void;

const text = (value: string | null) => value ?? "";
const numberText = (value: number | null) => (value === null ? "" : String(value));

export const valuesOf = (indicator: Indicator): SettingsValues => ({
  title: indicator.title,
  definition: indicator.definition,
  unit: indicator.unit,
  measureKind: indicator.measureKind,
  decimals: String(indicator.decimals),
  numeratorLabel: text(indicator.numeratorLabel),
  denominatorLabel: text(indicator.denominatorLabel),
  notes: text(indicator.notes),
  dfeMeasureId: KEEP_DFE_MEASURE,
  polarity: indicator.polarity,
  baselineKind: indicator.baselineKind,
  baselineLabel: indicator.baselineLabel,
  baselineMonth: text(indicator.baselineMonth),
  tolerance: numberText(indicator.tolerance),
  trendThreshold: numberText(indicator.trendThreshold),
  effectiveFrom: "",
  reason: "",
});

const messages: Partial<Record<SettingsField, string>> = {
  title: "Enter the indicator's title",
  baselineLabel: "Enter the baseline's label, as the scorecard prints it (such as Prev. 6 months average)",
  baselineMonth: "Enter the baseline month as YYYY-MM, such as 2017-03",
  effectiveFrom: "Enter the first month the new rule applies to as YYYY-MM, such as 2018-04",
  reason: "Say why the rating rule changes: it is kept with the earlier rule and in the audit trail",
};

const orNull = (typed: string) => (typed.trim() === "" ? null : typed.trim());

/** A typed number: null when empty (the engine's default), NaN when it is no number. */
const numberOrNull = (typed: string) => {
  const cleaned = typed.trim().replace(/,/g, "");
  return cleaned === "" ? null : Number(cleaned);
};

export interface SettingsCheck {
  /** Only the fields that differ from the indicator as held, with `effectiveFrom` and `reason` when a rule changes. */
  request: IndicatorUpdateRequest;
  /** The rating rule fields that change: they apply from `effectiveFrom` onward. */
  ruleFields: RatingRuleField[];
  problems: FormProblems<SettingsField>;
}

/**
 * Turns the form into the PUT request and checks it by the rules the server applies (the shared
 * schema, and "a rule change needs a month and a reason"), so most mistakes never leave the page.
 */
export function checkSettings(indicator: Indicator, values: SettingsValues): SettingsCheck {
  const next: Record<string, unknown> = {
    title: values.title.trim(),
    definition: values.definition.trim(),
    unit: values.unit,
    measureKind: values.measureKind,
    decimals: Number(values.decimals),
    numeratorLabel: orNull(values.numeratorLabel),
    denominatorLabel: orNull(values.denominatorLabel),
    notes: orNull(values.notes),
    polarity: values.polarity,
    baselineKind: values.baselineKind,
    baselineLabel: values.baselineLabel.trim(),
    baselineMonth: orNull(values.baselineMonth),
    tolerance: numberOrNull(values.tolerance),
    trendThreshold: numberOrNull(values.trendThreshold),
  };
  const held = indicator as unknown as Record<string, unknown>;
  const request: Record<string, unknown> = {};
  for (const [field, value] of Object.entries(next)) {
    // Typed text is trimmed, so held text is compared trimmed: a stray space is no change.
    const heldValue = held[field];
    if ((typeof heldValue === "string" ? heldValue.trim() : heldValue) !== value) request[field] = value;
  }
  if (values.dfeMeasureId !== KEEP_DFE_MEASURE) {
    request.dfeMeasureId = values.dfeMeasureId === NO_DFE_MEASURE ? null : values.dfeMeasureId;
  }
  const ruleFields = RATING_RULE_FIELDS.filter((field) => field in request);
  const effectiveFrom = values.effectiveFrom.trim();
  const reason = values.reason.trim();
  if (ruleFields.length > 0) {
    if (effectiveFrom) request.effectiveFrom = effectiveFrom;
    if (reason) request.reason = reason;
  }

  const problems = checkForm(indicatorUpdateRequestSchema, request, settingsFields, messages);
  for (const field of ["tolerance", "trendThreshold"] as const) {
    if (Number.isNaN(request[field])) {
      problems.fields[field] =
        `Enter the ${field === "tolerance" ? "tolerance" : "trend threshold"} as a number, or leave it empty for the default`;
    } else if (typeof request[field] === "number" && (request[field] as number) < 0) {
      problems.fields[field] = "Enter a number of 0 or more";
    }
  }
  if (next.baselineKind === "fixed_month" && next.baselineMonth === null) {
    problems.fields.baselineMonth ??=
      "A fixed-month baseline needs the month it compares against, as YYYY-MM";
  }
  if (ruleFields.length > 0 && !effectiveFrom) {
    problems.fields.effectiveFrom ??=
      "The rating rule changes: enter the first month it applies to, as YYYY-MM";
  }
  if (ruleFields.length > 0 && !reason) {
    problems.fields.reason ??= messages.reason;
  }
  if (Object.keys(request).length === 0)
    problems.form.push("Nothing has changed: change a setting, then save.");
  return { request: request as IndicatorUpdateRequest, ruleFields, problems };
}
