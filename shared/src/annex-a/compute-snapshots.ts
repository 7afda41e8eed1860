import type { ChildLookedAfterRow, ChildProtectionRow } from "./annex-a-rows.ts";
import { isWithin, monthBounds } from "./compute-calendar.ts";
import type { CountedRow, ExcludedRow, RuleOutcome } from "./compute-figure.ts";

/**
 * Month-end snapshots from List 7 (child protection plans) and List 8 (children looked after). A child is
 * on a plan (in care) at month end when it started on or before the month's last day and had not ended by
 * then: an end on the last day itself counts as ended, as DfE counts "at 31 March". One child is counted
 * once: a second open row for the same child is excluded as a duplicate (the earliest row is kept).
 */
interface Episode {
  source: ChildProtectionRow["source"];
  childId: string;
  allocatedTeam: string | null;
  start: string;
  end: string | null;
}

function openAtMonthEnd<T extends Episode>(period: string, rows: readonly T[], extractDate: string) {
  const { last } = monthBounds(period);
  const open: T[] = [];
  const excluded: ExcludedRow[] = [];
  const kept = new Map<string, T>();
  const ordered = [...rows].sort((a, b) =>
    a.source.sheet === b.source.sheet
      ? a.source.row - b.source.row
      : a.source.sheet < b.source.sheet
        ? -1
        : 1,
  );
  for (const row of ordered) {
    if (row.start > last || (row.end !== null && row.end <= last)) continue;
    const exclude = (reason: string) =>
      excluded.push({ source: row.source, childId: row.childId, team: row.allocatedTeam, reason });
    if (row.end !== null && row.end < row.start) {
      exclude(`Ends (${row.end}) before it starts (${row.start})`);
      continue;
    }
    const earlier = kept.get(row.childId);
    if (earlier) {
      exclude(
        `Same child as ${earlier.source.sheet} row ${earlier.source.row}, open at month end too: counted once`,
      );
      continue;
    }
    kept.set(row.childId, row);
    open.push(row);
  }
  const flags = extractDate < last ? ["incomplete_month"] : [];
  const notes =
    extractDate < last ? [`The extract was taken on ${extractDate}, before the month's end (${last}).`] : [];
  return { open, excluded, flags, notes };
}

/** Children on a child protection plan at month end (List 7). */
export function computeChildProtectionPlans(
  period: string,
  rows: readonly ChildProtectionRow[],
  extractDate: string,
): RuleOutcome {
  const episodes = rows.map((row) => ({ ...row, start: row.planStartDate, end: row.planEndDate }));
  const { open, excluded, flags, notes } = openAtMonthEnd(period, episodes, extractDate);
  const counted: CountedRow[] = open.map((row) => ({
    source: row.source,
    childId: row.childId,
    team: row.allocatedTeam,
    inNumerator: true,
  }));
  return { counted, excluded, flags, notes };
}

/**
 * CP visits: of the children on a plan at month end, those whose last statutory visit falls in the month.
 * List 7 holds only the LAST visit, so: how often a child was seen (the standard is twice a month) cannot
 * be told; and a child whose last visit is after the month's end may or may not have been seen in the
 * month, so that child is excluded rather than guessed.
 */
export function computeChildProtectionVisits(
  period: string,
  rows: readonly ChildProtectionRow[],
  extractDate: string,
): RuleOutcome {
  const { first, last } = monthBounds(period);
  const episodes = rows.map((row) => ({ ...row, start: row.planStartDate, end: row.planEndDate }));
  const { open, excluded, flags, notes } = openAtMonthEnd(period, episodes, extractDate);
  const counted: CountedRow[] = [];
  for (const row of open) {
    const visit = row.lastStatutoryVisitDate;
    if (visit !== null && visit > last) {
      excluded.push({
        source: row.source,
        childId: row.childId,
        team: row.allocatedTeam,
        reason: `Last visit ${visit} is after the month: List 7 keeps only the last visit, so a visit in the month cannot be told`,
      });
      continue;
    }
    counted.push({
      source: row.source,
      childId: row.childId,
      team: row.allocatedTeam,
      inNumerator: visit !== null && isWithin(visit, first, last),
    });
  }
  return {
    counted,
    excluded,
    flags,
    notes: [...notes, "List 7 holds only each child's last visit: visit frequency is not known."],
  };
}

/** Children looked after at month end (List 8). */
export function computeChildrenInCare(
  period: string,
  rows: readonly ChildLookedAfterRow[],
  extractDate: string,
): RuleOutcome {
  const episodes = rows.map((row) => ({
    ...row,
    start: row.startedLookedAfterDate,
    end: row.ceasedLookedAfterDate,
  }));
  const { open, excluded, flags, notes } = openAtMonthEnd(period, episodes, extractDate);
  const counted: CountedRow[] = open.map((row) => ({
    source: row.source,
    childId: row.childId,
    team: row.allocatedTeam,
    inNumerator: true,
  }));
  return { counted, excluded, flags, notes };
}
