import { roundHalfUp } from "../rounding.ts";
import type { AnnexALists } from "./annex-a-rows.ts";
import {
  type ComputedFigure,
  type CountedRow,
  type ExcludedRow,
  figuresPerScope,
  teamKey,
} from "./compute-figure.ts";
import { listOf, type OpenCaseRow, openCasesAt } from "./compute-open-cases.ts";

/**
 * Caseload per allocated worker (ref 13, a `mean`): the cases open on the reference date on Lists 6, 7 and 8
 * that name an allocated worker, divided by the number of distinct workers named. A case is one child for
 * one worker: a child open on two lists with the same worker is one case for that worker (the row in
 * List 8, 7, 6 order is kept, and places the case in its team); a child with a different worker on each
 * list is a case for each. Workers are matched ignoring case and repeated spaces.
 *
 * Annex A carries no FTE and no qualification, so this is a headcount of named workers (a part-time
 * worker, a manager or a student holding cases counts as one), not the catalogue's "qualified social
 * workers" per FTE. Only workers with at least one open case are seen.
 */
export interface CaseloadCase extends CountedRow {
  workerKey: string;
}

export interface CaseloadOutcome {
  counted: CaseloadCase[];
  excluded: ExcludedRow[];
  flags: string[];
  notes: string[];
}

/** One line of the by-team table: a team's open allocated cases, its workers and their average. */
export interface CaseloadTeam {
  /** The team as first exported; null for cases with no team. */
  team: string | null;
  /** The area the team maps to; null when unmapped. */
  areaId: string | null;
  cases: number;
  workers: number;
  /** cases / workers, rounded half up as the caseload figure is. */
  average: number;
}

export const CASELOAD_NOTE =
  "Headcount of allocated workers named on open cases: Annex A carries no FTE and no qualification, so this is cases per allocated worker, not per qualified FTE social worker.";

export function computeCaseload(period: string, lists: AnnexALists): CaseloadOutcome {
  const open = openCasesAt(period, lists);
  const counted: CaseloadCase[] = [];
  const excluded: ExcludedRow[] = [...open.excluded];
  const caseOf = new Map<string, OpenCaseRow>();
  const firstAllocatedOfChild = new Map<string, OpenCaseRow>();
  for (const row of open.rows) {
    if (row.workerKey === null) continue;
    if (!firstAllocatedOfChild.has(row.childId)) firstAllocatedOfChild.set(row.childId, row);
    const key = JSON.stringify([row.childId, row.workerKey]);
    const earlier = caseOf.get(key);
    if (earlier) {
      excluded.push({
        source: row.source,
        childId: row.childId,
        team: row.team,
        reason: `Same child and worker on ${listOf(earlier)}: one case for that worker`,
      });
      continue;
    }
    caseOf.set(key, row);
    counted.push({
      source: row.source,
      childId: row.childId,
      team: row.team,
      inNumerator: true,
      workerKey: row.workerKey,
    });
  }
  for (const row of open.rows) {
    if (row.workerKey !== null) continue;
    const allocatedRow = firstAllocatedOfChild.get(row.childId);
    excluded.push({
      source: row.source,
      childId: row.childId,
      team: row.team,
      reason: allocatedRow
        ? `No allocated worker on this row: the child is a case of the worker on ${listOf(allocatedRow)}`
        : "No allocated worker: on no worker's caseload (see unallocated cases)",
    });
  }
  return {
    counted,
    excluded,
    flags: open.flags,
    notes: [...open.notes, CASELOAD_NOTE],
  };
}

const bySource = (a: ExcludedRow, b: ExcludedRow) =>
  a.source.sheet === b.source.sheet ? a.source.row - b.source.row : a.source.sheet < b.source.sheet ? -1 : 1;

/**
 * The caseload figure for the authority and each area: numerator the cases, denominator the distinct
 * workers with a case in the area (a worker with cases in two areas counts in each, once in the
 * authority), value the average. The drill-down lists the cases' children (one id per case).
 */
export function caseloadFigures(
  outcome: CaseloadOutcome,
  areaOfTeam: (team: string | null) => string | null,
  authorityAreaId: string,
  areaIds: readonly string[],
  decimals: number,
): ComputedFigure[] {
  return figuresPerScope(areaOfTeam, authorityAreaId, areaIds, (areaId, inScope) => {
    const cases = inScope(outcome.counted);
    const excluded = inScope(outcome.excluded).sort(bySource);
    const workers = new Set(cases.map((row) => row.workerKey)).size;
    const childIds = cases.map((row) => row.childId).sort();
    return {
      indicatorId: "caseload",
      areaId,
      numerator: cases.length,
      denominator: workers,
      value: workers === 0 ? null : roundHalfUp(cases.length / workers, decimals),
      rowsUsed: cases.length,
      rowsExcluded: excluded.length,
      exclusions: excluded.map(({ source, childId, reason }) => ({ source, childId, reason })),
      numeratorChildIds: childIds,
      denominatorChildIds: childIds,
      flags: [...outcome.flags],
      notes: [
        ...outcome.notes,
        `${cases.length} open allocated cases held by ${workers} distinct workers; numerator is cases, denominator workers.`,
      ],
    };
  });
}

/** Caseload per allocated worker by team (teams matched ignoring case and spacing), sorted by team. */
export function caseloadByTeam(
  outcome: CaseloadOutcome,
  areaOfTeam: (team: string | null) => string | null,
  decimals: number,
): CaseloadTeam[] {
  const teams = new Map<string, { team: string | null; cases: number; workers: Set<string> }>();
  for (const row of outcome.counted) {
    const key = teamKey(row.team);
    const entry = teams.get(key) ?? { team: row.team, cases: 0, workers: new Set<string>() };
    entry.cases++;
    entry.workers.add(row.workerKey);
    teams.set(key, entry);
  }
  return [...teams.entries()]
    .sort(([a], [b]) => (a === "" ? 1 : b === "" ? -1 : a < b ? -1 : a > b ? 1 : 0))
    .map(([, { team, cases, workers }]) => ({
      team: team !== null && team.trim() === "" ? null : team,
      areaId: areaOfTeam(team),
      cases,
      workers: workers.size,
      average: roundHalfUp(cases / workers.size, decimals),
    }));
}
