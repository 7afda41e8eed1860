import type { AnnexALists } from "./annex-a-rows.ts";
import { daysBetween } from "./compute-calendar.ts";
import {
  type ComputedFigure,
  type CountedRow,
  type ExcludedRow,
  percentFigures,
  type RuleOutcome,
} from "./compute-figure.ts";
import { listOf, type OpenCaseRow, openCasesAt } from "./compute-open-cases.ts";

/** "7 or more days after referral": calendar days from the case's start to the reference date. */
export const UNALLOCATED_AFTER_DAYS = 7;

/**
 * Unallocated cases (ref 1): of the children with a case open on the reference date on List 6, 7 or 8
 * (denominator, each child once), those with no allocated worker on any of their open rows whose case has
 * been open 7 or more days (numerator). Days open = calendar days from the earliest start date among the
 * child's open rows to the reference date, the start day being day 0: a case opened on the 23rd is 7 days
 * old on the 30th and counts; one opened on the 24th does not. List 6's case start is normally the
 * referral's date; a plan or care start is later than the referral, so the earliest known is nearest to it.
 * An unallocated child with no start date on any open row is excluded: whether 7 days have passed cannot
 * be told. The child is placed (team, area) by its first row with a worker in List 8, 7, 6 order, else by
 * its first row in that order; the child's other open rows are excluded as counted once.
 */
export function computeUnallocatedCases(period: string, lists: AnnexALists): RuleOutcome {
  const open = openCasesAt(period, lists);
  const rowsOfChild = new Map<string, OpenCaseRow[]>();
  for (const row of open.rows) rowsOfChild.set(row.childId, [...(rowsOfChild.get(row.childId) ?? []), row]);
  const counted: CountedRow[] = [];
  const excluded: ExcludedRow[] = [...open.excluded];
  for (const [childId, rows] of rowsOfChild) {
    const placing = rows.find((row) => row.workerKey !== null) ?? (rows[0] as OpenCaseRow);
    for (const row of rows) {
      if (row === placing) continue;
      excluded.push({
        source: row.source,
        childId,
        team: row.team,
        reason: `Same child open on ${listOf(placing)}: counted once there`,
      });
    }
    const allocated = placing.workerKey !== null;
    const starts = rows.map((row) => row.start).filter((start) => start !== null);
    const start = starts.sort()[0] ?? null;
    if (!allocated && start === null) {
      excluded.push({
        source: placing.source,
        childId,
        team: placing.team,
        reason: `No allocated worker and no start date: whether the case has been open ${UNALLOCATED_AFTER_DAYS} days cannot be told`,
      });
      continue;
    }
    counted.push({
      source: placing.source,
      childId,
      team: placing.team,
      inNumerator:
        !allocated && start !== null && daysBetween(start, open.referenceDate) >= UNALLOCATED_AFTER_DAYS,
    });
  }
  return {
    counted,
    excluded,
    flags: open.flags,
    notes: [
      ...open.notes,
      `Open on ${open.referenceDate} on Lists 6, 7 and 8, each child once; unallocated = no worker on any of the child's open rows, open ${UNALLOCATED_AFTER_DAYS} or more days.`,
    ],
  };
}

/**
 * The figures of a snapshot count with its parts, as the catalogue keeps ref 1: numerator the unallocated
 * cases, denominator all open cases, and the headline count (the numerator) also stored as value.
 */
export function unallocatedCaseFigures(
  outcome: RuleOutcome,
  areaOfTeam: (team: string | null) => string | null,
  authorityAreaId: string,
  areaIds: readonly string[],
): ComputedFigure[] {
  return percentFigures("unallocated-cases", outcome, areaOfTeam, authorityAreaId, areaIds, 0).map(
    (figure) => ({ ...figure, value: figure.numerator }),
  );
}
