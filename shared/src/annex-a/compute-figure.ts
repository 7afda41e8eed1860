import { percent } from "../aggregation.ts";
import { roundHalfUp } from "../rounding.ts";
import type { SourceRow } from "./annex-a-rows.ts";

/**
 * The figure a rule computes for one area (or the whole authority): the same indicator, area,
 * numerator, denominator and value an uploaded return row carries, plus the rows and children behind it.
 */
export interface Exclusion {
  source: SourceRow;
  childId: string;
  reason: string;
}

export interface ComputedFigure {
  indicatorId: string;
  areaId: string;
  numerator: number | null;
  denominator: number | null;
  value: number | null;
  rowsUsed: number;
  rowsExcluded: number;
  exclusions: Exclusion[];
  /** One id per counted row, sorted (a child referred twice appears twice). */
  numeratorChildIds: string[];
  denominatorChildIds: string[];
  /** Machine-readable warnings, e.g. "incomplete_history" (see docs/annex-a-computing.md). */
  flags: string[];
  notes: string[];
}

/** A row a rule counted in the denominator, and whether it is also in the numerator. */
export interface CountedRow {
  source: SourceRow;
  childId: string;
  team: string | null;
  inNumerator: boolean;
}

export interface ExcludedRow extends Exclusion {
  team: string | null;
}

export interface RuleOutcome {
  counted: CountedRow[];
  excluded: ExcludedRow[];
  flags: string[];
  notes: string[];
}

/** Teams are matched to areas ignoring case and repeated spaces. */
export function teamKey(team: string | null): string {
  return (team ?? "").replace(/\s+/g, " ").trim().toLowerCase();
}

const bySource = (a: { source: SourceRow }, b: { source: SourceRow }) =>
  a.source.sheet === b.source.sheet ? a.source.row - b.source.row : a.source.sheet < b.source.sheet ? -1 : 1;

/** Keeps the rows of one scope: the whole authority, or the rows whose team maps to the area. */
export type ScopeFilter = <T extends { team: string | null }>(rows: T[]) => T[];

/**
 * One figure for the authority, then one for each other area, in that order. `figure` receives the
 * scope's area id and the filter that keeps that scope's rows.
 */
export function figuresPerScope(
  areaOfTeam: (team: string | null) => string | null,
  authorityAreaId: string,
  areaIds: readonly string[],
  figure: (areaId: string, inScope: ScopeFilter) => ComputedFigure,
): ComputedFigure[] {
  const scopes = [authorityAreaId, ...areaIds.filter((id) => id !== authorityAreaId)];
  return scopes.map((areaId) =>
    figure(areaId, (rows) =>
      areaId === authorityAreaId ? rows : rows.filter((row) => areaOfTeam(row.team) === areaId),
    ),
  );
}

/**
 * A percentage ratio (numerator / denominator × 100) for the authority and each area. `value` is rounded
 * half up to `decimals`, as the engine rounds it for display; the engine recomputes it from the parts.
 */
export function percentFigures(
  indicatorId: string,
  outcome: RuleOutcome,
  areaOfTeam: (team: string | null) => string | null,
  authorityAreaId: string,
  areaIds: readonly string[],
  decimals: number,
): ComputedFigure[] {
  return figuresPerScope(areaOfTeam, authorityAreaId, areaIds, (areaId, inScope) => {
    const counted = inScope(outcome.counted);
    const excluded = inScope(outcome.excluded).sort(bySource);
    const numeratorRows = counted.filter((row) => row.inNumerator);
    const ratio = percent(numeratorRows.length, counted.length);
    return {
      indicatorId,
      areaId,
      numerator: numeratorRows.length,
      denominator: counted.length,
      value: ratio === null ? null : roundHalfUp(ratio, decimals),
      rowsUsed: counted.length,
      rowsExcluded: excluded.length,
      exclusions: excluded.map(({ source, childId, reason }) => ({ source, childId, reason })),
      numeratorChildIds: numeratorRows.map((row) => row.childId).sort(),
      denominatorChildIds: counted.map((row) => row.childId).sort(),
      flags: [...outcome.flags],
      notes: [...outcome.notes],
    };
  });
}

/**
 * A month-end count (snapshot_count) for the authority and each area: `value` is the number of children
 * counted, and `ratePer10k` the count per 10,000 of the area's population when one is given.
 */
export function countFigures(
  indicatorId: string,
  outcome: RuleOutcome,
  areaOfTeam: (team: string | null) => string | null,
  authorityAreaId: string,
  areaIds: readonly string[],
  populations: Readonly<Record<string, number>>,
): (ComputedFigure & { ratePer10k: number | null })[] {
  return percentFigures(indicatorId, outcome, areaOfTeam, authorityAreaId, areaIds, 0).map((figure) => {
    const population = populations[figure.areaId];
    const count = figure.denominator ?? 0;
    return {
      ...figure,
      numerator: null,
      denominator: null,
      value: count,
      ratePer10k: population ? roundHalfUp((count / population) * 10_000, 1) : null,
    };
  });
}
