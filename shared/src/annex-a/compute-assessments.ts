import type { AssessmentRow } from "./annex-a-rows.ts";
import { isWithin, monthBounds } from "./compute-calendar.ts";
import type { CountedRow, ExcludedRow, RuleOutcome } from "./compute-figure.ts";
import { workingDaysBetween } from "./working-days.ts";

/** The statutory timescale (Working Together): an assessment is authorised within 45 working days. */
export const ASSESSMENT_TIMESCALE_WORKING_DAYS = 45;

interface Authorised {
  counted: AssessmentRow[];
  excluded: ExcludedRow[];
}

/**
 * The List 4 rows authorised in the month that can be counted: those authorised after the extract date,
 * before their start, or repeating a row (same child, start and authorisation) are excluded with the reason.
 */
function authorisedInMonth(period: string, assessments: readonly AssessmentRow[]): Authorised {
  const { first, last } = monthBounds(period);
  const counted: AssessmentRow[] = [];
  const excluded: ExcludedRow[] = [];
  const seen = new Map<string, AssessmentRow>();
  const ordered = [...assessments].sort((a, b) =>
    a.source.sheet === b.source.sheet
      ? a.source.row - b.source.row
      : a.source.sheet < b.source.sheet
        ? -1
        : 1,
  );
  for (const row of ordered) {
    if (row.authorisedDate === null || !isWithin(row.authorisedDate, first, last)) continue;
    const exclude = (reason: string) =>
      excluded.push({ source: row.source, childId: row.childId, team: row.allocatedTeam, reason });
    if (row.authorisedDate < row.startDate) {
      exclude(`Authorised (${row.authorisedDate}) before it started (${row.startDate})`);
      continue;
    }
    const key = `${row.childId}\u0000${row.startDate}\u0000${row.authorisedDate}`;
    const earlier = seen.get(key);
    if (earlier) {
      exclude(
        `Duplicate of ${earlier.source.sheet} row ${earlier.source.row} (same child, start and authorisation)`,
      );
      continue;
    }
    seen.set(key, row);
    counted.push(row);
  }
  return { counted, excluded };
}

/**
 * Assessments in timescale: of the assessments authorised in the month, those authorised within 45 working
 * days of their start (start day is day 0; weekends and England's bank holidays do not count).
 */
export function computeAssessmentsInTimescale(
  period: string,
  assessments: readonly AssessmentRow[],
): RuleOutcome {
  const { counted, excluded } = authorisedInMonth(period, assessments);
  const rows: CountedRow[] = counted.map((row) => ({
    source: row.source,
    childId: row.childId,
    team: row.allocatedTeam,
    inNumerator:
      workingDaysBetween(row.startDate, row.authorisedDate as string) <= ASSESSMENT_TIMESCALE_WORKING_DAYS,
  }));
  return { counted: rows, excluded, flags: [], notes: [] };
}

/**
 * Children seen at assessment: of the assessments authorised in the month, those where the child was seen.
 * A row with "child seen" blank is excluded (not counted as unseen), with the reason.
 */
export function computeChildrenSeenAtAssessment(
  period: string,
  assessments: readonly AssessmentRow[],
): RuleOutcome {
  const { counted, excluded } = authorisedInMonth(period, assessments);
  const rows: CountedRow[] = [];
  for (const row of counted) {
    if (row.childSeen === null) {
      excluded.push({
        source: row.source,
        childId: row.childId,
        team: row.allocatedTeam,
        reason: "“Was the child seen?” is blank",
      });
      continue;
    }
    rows.push({
      source: row.source,
      childId: row.childId,
      team: row.allocatedTeam,
      inNumerator: row.childSeen,
    });
  }
  return { counted: rows, excluded, flags: [], notes: [] };
}
