import type { IndicatorRules } from "./area-figures.ts";
import type { RatingRuleField } from "./month-schema.ts";

/**
 * An indicator's rating rule changes from a month onward; earlier months keep the rule they were
 * judged by. The indicator holds the rule in force now; each earlier rule is kept with the first
 * month it no longer applies to (`effectiveUntil`, the month the next rule took over).
 */

/** The fields of an indicator that judge a month (see `RATING_RULE_FIELDS`). */
export type RatingRule = Pick<IndicatorRules, RatingRuleField>;

/** An earlier rule, in force for the months before `effectiveUntil` (and after the rule before it). */
export interface RuleVersion extends RatingRule {
  indicatorId: string;
  effectiveUntil: string;
}

/**
 * The indicator as it judged `period`: the earlier rule with the earliest `effectiveUntil` after
 * the month, or the indicator's own (current) rule when none is. Only the rule fields change.
 */
export function ruleInForce<T extends IndicatorRules>(
  indicator: T,
  versions: readonly RuleVersion[],
  period: string,
): T {
  let covering: RuleVersion | null = null;
  for (const version of versions) {
    if (version.indicatorId !== indicator.id || version.effectiveUntil <= period) continue;
    if (covering === null || version.effectiveUntil < covering.effectiveUntil) covering = version;
  }
  if (!covering) return indicator;
  return {
    ...indicator,
    polarity: covering.polarity,
    baselineKind: covering.baselineKind,
    baselineLabel: covering.baselineLabel,
    baselineMonth: covering.baselineMonth,
    tolerance: covering.tolerance,
    trendThreshold: covering.trendThreshold,
  };
}

/** Every indicator as it judged `period`. */
export function rulesInForce<T extends IndicatorRules>(
  indicators: readonly T[],
  versions: readonly RuleVersion[],
  period: string,
): T[] {
  return indicators.map((indicator) => ruleInForce(indicator, versions, period));
}
