import type { BenchmarkKind } from "./api-schema.ts";
import type { AreaNode, IndicatorRules, ObservationRecord, PopulationRecord } from "./area-figures.ts";
import type { DfeBenchmarkSource } from "./dfe-benchmarks.ts";
import type { Unit } from "./indicator-schema.ts";
import type { MonthState, RevisedNote, ScorecardStatus } from "./month-states.ts";
import { previousMonths } from "./periods.ts";
import type { RuleVersion } from "./rule-in-force.ts";

/**
 * Everything a scorecard or a series is computed from, as plain records: the server loads one of
 * these in a fixed number of queries and `buildScorecard` / `buildSeries` turn it into the answer.
 */

/** A target from its month; a null value records that the indicator had no target from then. */
export interface TargetEntry {
  indicatorId: string;
  effectiveFrom: string;
  value: number | null;
}

/** A benchmark as a council paper printed it, in force from `effectiveFrom`. */
export interface PaperBenchmark {
  indicatorId: string;
  kind: BenchmarkKind;
  value: number;
  unit: Unit;
  /** The period the figure describes, e.g. "2015-16". */
  periodLabel: string;
  effectiveFrom: string;
  source: string;
}

/** The paragraph a paper printed under an indicator in a month. */
export interface CommentaryEntry {
  indicatorId: string;
  period: string;
  body: string;
}

/** A baseline exactly as a paper printed it beside an area's month. */
export interface PrintedBaseline {
  areaId: string;
  period: string;
  indicatorId: string;
  breakdown: string;
  label: string;
  numerator: number | null;
  denominator: number | null;
  value: number | null;
}

/** Which revision of the month the snapshot holds, and for whom: see `scorecardResponseSchema`. */
export interface MonthView {
  status: ScorecardStatus;
  monthState: MonthState | null;
  revised: RevisedNote | null;
}

/** A month before the cycle was recorded: its figures are what was published. */
export const PUBLISHED_MONTH: MonthView = { status: "published", monthState: null, revised: null };

export interface ScorecardSnapshot {
  /** The scorecard's rows, in order, each with the rating rule in force now. */
  indicators: readonly IndicatorRules[];
  /** The indicators' earlier rating rules: a month is judged by the rule in force then. */
  ruleVersions: readonly RuleVersion[];
  /** The organisation's areas in display order (children are shown in this order). */
  areas: readonly AreaNode[];
  /** Figures for the area and its children; see `buildScorecard` for which months count. */
  observations: readonly ObservationRecord[];
  printedBaselines: readonly PrintedBaseline[];
  targets: readonly TargetEntry[];
  benchmarks: readonly PaperBenchmark[];
  commentaries: readonly CommentaryEntry[];
  populations: readonly PopulationRecord[];
  dfe: DfeBenchmarkSource;
  /** The month's revision shown; omitted, a month recorded before the cycle (`PUBLISHED_MONTH`). */
  month?: MonthView;
}

/**
 * The months a scorecard for `period` reads: the month, the 12 before it (sparkline and rolling
 * baselines) and each indicator's fixed baseline month (pass the rules in force in `period`).
 */
export function scorecardMonths(
  period: string,
  indicators: readonly Pick<IndicatorRules, "baselineMonth">[],
) {
  const months = new Set([...previousMonths(period, 12), period]);
  for (const indicator of indicators) if (indicator.baselineMonth) months.add(indicator.baselineMonth);
  return [...months];
}
