import type { AnnexALists, SourceRow } from "./annex-a-rows.ts";
import { monthBounds } from "./compute-calendar.ts";
import { type ExcludedRow, teamKey } from "./compute-figure.ts";

/**
 * The casework open on the reference date, from List 6 (children in need), List 7 (child protection) and
 * List 8 (looked after): what `unallocated-cases` and `caseload` count. The reference date is the month's
 * last day, or the extract date when the extract was taken earlier (it cannot tell what happened after).
 * A row is open when it started on or before the reference date (a List 6 row with no start date too: the
 * list is of open cases) and had not ended by it: an end on the reference date counts as ended, as the
 * month-end snapshots count it.
 */
export type CaseListName = "childrenLookedAfter" | "childProtection" | "childrenInNeed";

/**
 * When one child is open on several lists, the row that places the child (team, area) is the one highest
 * in this order: looked after, then on a plan, then other child in need, the hierarchy DfE's children in
 * need statistics use. Within one list the row earliest in the file comes first.
 */
export const CASE_LIST_ORDER: readonly CaseListName[] = [
  "childrenLookedAfter",
  "childProtection",
  "childrenInNeed",
];
export const CASE_LIST_NUMBER: Record<CaseListName, number> = {
  childrenLookedAfter: 8,
  childProtection: 7,
  childrenInNeed: 6,
};

export interface OpenCaseRow {
  list: CaseListName;
  source: SourceRow;
  childId: string;
  team: string | null;
  /** The worker as exported; null when the cell is blank. */
  worker: string | null;
  /** The worker matched ignoring case and repeated spaces; null when unallocated. */
  workerKey: string | null;
  /** The case start (List 6), plan start (List 7) or the date care began (List 8); null when unknown. */
  start: string | null;
}

export interface OpenCases {
  referenceDate: string;
  /** Open rows in `CASE_LIST_ORDER`, then file order. */
  rows: OpenCaseRow[];
  excluded: ExcludedRow[];
  flags: string[];
  notes: string[];
}

const byFile = (a: { source: SourceRow }, b: { source: SourceRow }) =>
  a.source.sheet === b.source.sheet ? a.source.row - b.source.row : a.source.sheet < b.source.sheet ? -1 : 1;

interface CaseRowInput {
  source: SourceRow;
  childId: string;
  allocatedTeam: string | null;
  allocatedWorker: string | null;
  start: string | null;
  end: string | null;
  /** List 6 only: the row says it is closed but gives no date. */
  closedWithoutDate?: boolean;
}

function caseRows(lists: AnnexALists): Record<CaseListName, CaseRowInput[]> {
  return {
    childrenLookedAfter: lists.childrenLookedAfter.map((row) => ({
      ...row,
      start: row.startedLookedAfterDate,
      end: row.ceasedLookedAfterDate,
    })),
    childProtection: lists.childProtection.map((row) => ({
      ...row,
      start: row.planStartDate,
      end: row.planEndDate,
    })),
    childrenInNeed: lists.childrenInNeed.map((row) => ({
      ...row,
      start: row.caseStartDate,
      end: row.caseClosedDate,
      closedWithoutDate: row.caseClosedDate === null && teamKey(row.caseStatus) === "closed",
    })),
  };
}

export function openCasesAt(period: string, lists: AnnexALists): OpenCases {
  const { last } = monthBounds(period);
  // The earlier of the month's end and the extract (ISO dates sort as text).
  const referenceDate = [lists.extractDate, last].sort()[0] ?? last;
  const rows: OpenCaseRow[] = [];
  const excluded: ExcludedRow[] = [];
  const byList = caseRows(lists);
  for (const list of CASE_LIST_ORDER) {
    for (const row of [...byList[list]].sort(byFile)) {
      if (row.start !== null && row.start > referenceDate) continue;
      if (row.end !== null && row.end <= referenceDate) continue;
      if (row.closedWithoutDate) {
        excluded.push({
          source: row.source,
          childId: row.childId,
          team: row.allocatedTeam,
          reason: `Case status is Closed but no closure date is given: whether it was open on ${referenceDate} cannot be told`,
        });
        continue;
      }
      const workerKey = teamKey(row.allocatedWorker);
      rows.push({
        list,
        source: row.source,
        childId: row.childId,
        team: row.allocatedTeam,
        worker: row.allocatedWorker,
        workerKey: workerKey === "" ? null : workerKey,
        start: row.start,
      });
    }
  }
  const flags: string[] = [];
  const notes: string[] = [];
  if (lists.extractDate < last) {
    flags.push("incomplete_month");
    notes.push(
      `The extract was taken on ${lists.extractDate}, before the month's end (${last}): cases are counted as open on ${lists.extractDate}.`,
    );
  } else if (lists.extractDate > last) {
    notes.push(
      `Allocations are as at the extract (${lists.extractDate}); Annex A gives no allocation date, so a case allocated after ${last} counts as allocated.`,
    );
  }
  return { referenceDate, rows, excluded, flags, notes };
}

/**
 * "List 7": how an exclusion names the list a child was counted on. Reasons name the list, not the row,
 * so that the import's count of exclusions by reason stays a handful of kinds; the drill-down's child id
 * finds the row.
 */
export function listOf(row: OpenCaseRow): string {
  return `List ${CASE_LIST_NUMBER[row.list]}`;
}
