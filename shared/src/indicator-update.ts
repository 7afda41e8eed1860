import { type IndicatorUpdateRequest, RATING_RULE_FIELDS, type RatingRuleField } from "./month-schema.ts";
import type { RatingRule } from "./rule-in-force.ts";

/**
 * An org admin's change to the indicator catalogue, decided before anything is stored: which
 * fields change in place, and whether a rating rule changes from a month onward (the rule it
 * replaces is then kept for the months before).
 */

/** The fields a request may change; `effectiveFrom` and `reason` say when and why, they are not stored on the indicator. */
type UpdatableField = Exclude<keyof IndicatorUpdateRequest, "effectiveFrom" | "reason">;
type Updatable = Required<Pick<IndicatorUpdateRequest, UpdatableField>>;

export interface IndicatorUpdatePlan {
  /** The fields that differ from the stored indicator, with their new values. */
  changes: Partial<Updatable>;
  /** Set when a rating rule changes: the rule to keep for the months before `effectiveFrom`. */
  ruleChange: { effectiveFrom: string; reason: string; previous: RatingRule } | null;
}

export interface UpdateRefusal {
  status: 409 | 422;
  message: string;
}

const isRuleField = (field: string): field is RatingRuleField =>
  (RATING_RULE_FIELDS as readonly string[]).includes(field);

export function planIndicatorUpdate(
  current: Updatable,
  request: IndicatorUpdateRequest,
  context: {
    /** The DfE measures an indicator may be benchmarked against (GET /api/benchmarks/catalogue). */
    dfeMeasureIds: readonly string[];
    /** The latest month an earlier rule was kept until; a new change must apply from after it. */
    latestRuleUntil: string | null;
  },
): { plan: IndicatorUpdatePlan } | { refusal: UpdateRefusal } {
  const refuse = (status: 409 | 422, message: string) => ({ refusal: { status, message } });
  const changes: Partial<Record<UpdatableField, unknown>> = {};
  for (const [field, value] of Object.entries(request)) {
    if (field === "effectiveFrom" || field === "reason" || value === undefined) continue;
    if (current[field as UpdatableField] !== value) changes[field as UpdatableField] = value;
  }

  const dfeMeasureId = changes.dfeMeasureId;
  if (typeof dfeMeasureId === "string" && !context.dfeMeasureIds.includes(dfeMeasureId)) {
    return refuse(
      422,
      `dfeMeasureId: "${dfeMeasureId}" is not a DfE measure held (see /api/benchmarks/catalogue): use one of ${context.dfeMeasureIds.join(", ")}, or null`,
    );
  }

  const next = { ...current, ...changes } as Updatable;
  if (next.baselineKind === "fixed_month" && next.baselineMonth === null) {
    return refuse(422, "baselineMonth: a fixed_month baseline needs the month it compares against");
  }

  const ruleFields = Object.keys(changes).filter(isRuleField);
  if (ruleFields.length === 0) return { plan: { changes: changes as Partial<Updatable>, ruleChange: null } };

  const what = ruleFields.join(", ");
  if (!request.effectiveFrom) {
    return refuse(
      422,
      `effectiveFrom: a change of ${what} applies from a month onward; give the first month it applies to`,
    );
  }
  if (!request.reason) return refuse(422, `reason: say why ${what} changes, for the audit trail`);
  if (context.latestRuleUntil !== null && request.effectiveFrom <= context.latestRuleUntil) {
    return refuse(
      409,
      `effectiveFrom: the rating rule already changed from ${context.latestRuleUntil}; a new change must apply from a later month`,
    );
  }
  const previous: RatingRule = {
    polarity: current.polarity,
    baselineKind: current.baselineKind,
    baselineLabel: current.baselineLabel,
    baselineMonth: current.baselineMonth,
    tolerance: current.tolerance,
    trendThreshold: current.trendThreshold,
  };
  return {
    plan: {
      changes: changes as Partial<Updatable>,
      ruleChange: { effectiveFrom: request.effectiveFrom, reason: request.reason, previous },
    },
  };
}
