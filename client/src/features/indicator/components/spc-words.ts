import type { Spc } from "@scorecard/shared/api-schema";
import type { Unit } from "@scorecard/shared/indicator-schema";
import { periodLabel } from "@scorecard/shared/periods";
import { assuranceLabel, variationLabel } from "@scorecard/shared/rag-symbols";
import { MIN_POINTS_FOR_FIXED_LIMITS } from "@scorecard/shared/xmr-chart";
import type { SpcRuleId } from "@scorecard/shared/xmr-rules";

/**
 * The SPC chart in words, for the summary under the chart and for the table: what the latest month
 * signals (variation), whether the target can be relied on (assurance), and where the limits are.
 * The wording follows docs/ratings.md and NHS England's "Making Data Count".
 */

type SpecialCause = NonNullable<Spc["points"][number]["specialCause"]>;

export const specialCauseLetter: Record<SpecialCause, "I" | "C" | "N"> = {
  improvement: "I",
  concern: "C",
  neutral: "N",
};

export const specialCauseWords: Record<SpecialCause, string> = {
  improvement: "Improvement",
  concern: "Concern",
  neutral: "Neither better nor worse",
};

const ruleWords: Record<SpcRuleId, string> = {
  outside_limits: "outside the limits",
  trend: "trend",
  two_of_three_beyond_two_sigma: "two of three near a limit",
  shift: "run on one side of the mean",
};

/** "Improvement (outside the limits; trend)" for a table cell, or "No signal". */
export function signalWords(specialCause: SpecialCause | null, rules: readonly SpcRuleId[]): string {
  if (!specialCause) return "No signal";
  const why = rules.map((rule) => ruleWords[rule]).join("; ");
  return why ? `${specialCauseWords[specialCause]} (${why})` : specialCauseWords[specialCause];
}

export interface SpcSummaryText {
  variation: string;
  assurance: string;
  /** Mean and limits, or null when there is nothing to set them from. */
  limits: string | null;
  /** The trial-limits warning, or null with 12 months or more. */
  trial: string | null;
}

type Format = (value: number) => string;

export interface SpcFormat {
  unit: Unit;
  /** Prints a figure, mean or limit in the indicator's unit. */
  format: Format;
  /** Prints the target, as the papers print it. */
  formatTarget: Format;
}

/** How many of the last points, counting back from the latest, satisfy `test`. */
function trailingRun(points: Spc["points"], test: (point: Spc["points"][number]) => boolean): number {
  let count = 0;
  for (let i = points.length - 1; i >= 0; i--) {
    const point = points[i];
    if (!point || !test(point)) break;
    count++;
  }
  return count;
}

function ruleClause(spc: Spc, rule: string): string | null {
  const latest = spc.points.at(-1);
  const previous = spc.points.at(-2);
  if (!latest || spc.mean === null) return null;
  const above = latest.value > spc.mean;
  switch (rule) {
    case "outside_limits":
      return above ? "is above the upper process limit" : "is below the lower process limit";
    case "trend": {
      const rising = previous !== undefined && latest.value > previous.value;
      const months = trailingRun(spc.points, (point) => point.rules.includes("trend"));
      return `is part of a trend of ${months} months, each ${rising ? "higher" : "lower"} than the one before`;
    }
    case "two_of_three_beyond_two_sigma":
      return `is part of a group of three months in which two are close to the ${above ? "upper" : "lower"} process limit`;
    case "shift": {
      const mean = spc.mean;
      const months = trailingRun(
        spc.points,
        (point) => point.rules.includes("shift") && point.value > mean === above,
      );
      return `is part of a run of ${months} months ${above ? "above" : "below"} the mean`;
    }
    default:
      return null;
  }
}

function variationText(spc: Spc): string {
  const latest = spc.points.at(-1);
  if (!latest) return "No SPC reading — no month in this range has a figure.";
  if (spc.variation === null) {
    return `No SPC reading yet — only one month (${periodLabel(latest.period)}) has a figure, and at least two are needed to judge variation.`;
  }
  const month = periodLabel(latest.period);
  if (spc.variation === "common_cause") {
    return `${variationLabel("common_cause")} — the latest month (${month}) is within the process limits and is not part of a run, trend or other signal.`;
  }
  const clauses = latest.rules
    .map((rule) => ruleClause(spc, rule))
    .filter((clause): clause is string => clause !== null);
  const why = clauses.length > 0 ? clauses.join(", and ") : "is part of a signal";
  return `${variationLabel(spc.variation)} — the latest month (${month}) ${why}.`;
}

function assuranceText(spc: Spc, format: Format): string {
  if (spc.improvement === "neutral") {
    return "Assurance: none — this indicator has no good direction, so there is no target to test.";
  }
  if (spc.target === null) return "Assurance: none — there is no target for the latest month.";
  const target = format(spc.target);
  switch (spc.assurance) {
    case "pass":
      return `Assurance: pass (${assuranceLabel("pass").toLowerCase()}) — the target of ${target} lies outside the process limits on the failing side, so every month can be expected to meet it.`;
    case "fail":
      return `Assurance: fail (${assuranceLabel("fail").toLowerCase()}) — the target of ${target} lies outside the process limits on the passing side, so every month can be expected to miss it unless the process changes.`;
    case "inconsistent":
      return `Assurance: inconsistent (${assuranceLabel("inconsistent").toLowerCase()}) — the target of ${target} lies within the process limits, so the process will sometimes meet it and sometimes not.`;
    case null:
      return "Assurance: not yet known — at least two months are needed to set the process limits.";
  }
}

function limitsText(spc: Spc, format: Format, ceiling: number): string | null {
  if (spc.mean === null) return null;
  const mean = `The mean is ${format(spc.mean)}`;
  if (spc.upperProcessLimit === null || spc.lowerProcessLimit === null) {
    return `${mean}; process limits need at least two months.`;
  }
  const offChart = [
    spc.lowerProcessLimit < 0 ? "The lower limit is below zero, so it is not drawn." : null,
    spc.upperProcessLimit > ceiling ? "The upper limit is above 100%, so it is not drawn." : null,
  ].filter(Boolean);
  return [
    `${mean}; the process limits are ${format(spc.lowerProcessLimit)} and ${format(spc.upperProcessLimit)}.`,
    ...offChart,
  ].join(" ");
}

/** Every sentence of the SPC summary. */
export function spcSummaryText(spc: Spc, { unit, format, formatTarget }: SpcFormat): SpcSummaryText {
  const months = spc.points.length;
  return {
    variation: variationText(spc),
    assurance: assuranceText(spc, formatTarget),
    limits: limitsText(spc, format, unit === "percent" ? 100 : Number.POSITIVE_INFINITY),
    trial:
      spc.trial && months > 0
        ? `Trial limits: fewer than ${MIN_POINTS_FOR_FIXED_LIMITS} months (${months} ${months === 1 ? "month" : "months"} with a figure), so the limits will move as months are added.`
        : null,
  };
}
