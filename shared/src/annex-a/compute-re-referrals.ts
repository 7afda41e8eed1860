import type { ReferralRow } from "./annex-a-rows.ts";
import { addCalendarMonths, isWithin, monthBounds } from "./compute-calendar.ts";
import type { CountedRow, ExcludedRow, RuleOutcome } from "./compute-figure.ts";

/**
 * Re-referrals (List 3), as DfE's children in need census defines them: a referral received in the month
 * is a re-referral when the same child had an earlier referral within the 12 months before it, i.e. on or
 * after the same day one year earlier and strictly before its own date. The earlier referral may sit in
 * any team or month; a second row with the same child and date is a duplicate, not a re-referral.
 *
 * History: the look-back of a referral on the month's first day reaches 12 months earlier. When the
 * extract's referrals start later than that (`coverageStartDate`, or failing it the earliest referral in
 * the list), some earlier referrals cannot be seen, the count can only be too low, and the figure is
 * flagged "incomplete_history".
 */
export function computeReReferrals(
  period: string,
  referrals: readonly ReferralRow[],
  extractDate: string,
  coverageStartDate: string | null,
): RuleOutcome {
  const { first, last } = monthBounds(period);
  const counted: CountedRow[] = [];
  const excluded: ExcludedRow[] = [];
  const ordered = [...referrals].sort((a, b) =>
    a.source.sheet === b.source.sheet
      ? a.source.row - b.source.row
      : a.source.sheet < b.source.sheet
        ? -1
        : 1,
  );
  const datesByChild = new Map<string, Set<string>>();
  const firstRowOf = new Map<string, ReferralRow>();
  for (const row of ordered) {
    if (row.referralDate > extractDate) continue;
    const key = `${row.childId}\u0000${row.referralDate}`;
    const earlier = firstRowOf.get(key);
    if (earlier) {
      if (isWithin(row.referralDate, first, last)) {
        excluded.push({
          source: row.source,
          childId: row.childId,
          team: row.allocatedTeam,
          reason: `Duplicate of ${earlier.source.sheet} row ${earlier.source.row} (same child and referral date)`,
        });
      }
      continue;
    }
    firstRowOf.set(key, row);
    const dates = datesByChild.get(row.childId) ?? new Set<string>();
    dates.add(row.referralDate);
    datesByChild.set(row.childId, dates);
  }
  for (const row of ordered) {
    if (!isWithin(row.referralDate, first, last)) continue;
    if (row.referralDate > extractDate) {
      excluded.push({
        source: row.source,
        childId: row.childId,
        team: row.allocatedTeam,
        reason: `Referral date ${row.referralDate} is after the extract date ${extractDate}`,
      });
      continue;
    }
    if (firstRowOf.get(`${row.childId}\u0000${row.referralDate}`) !== row) continue;
    const windowStart = addCalendarMonths(row.referralDate, -12);
    const dates = datesByChild.get(row.childId) ?? new Set<string>();
    const hasEarlier = [...dates].some((date) => date >= windowStart && date < row.referralDate);
    counted.push({
      source: row.source,
      childId: row.childId,
      team: row.allocatedTeam,
      inNumerator: hasEarlier,
    });
  }

  const flags: string[] = [];
  const notes: string[] = [];
  const earliest = ordered.reduce<string | null>(
    (min, row) => (min === null || row.referralDate < min ? row.referralDate : min),
    null,
  );
  const historyFrom = coverageStartDate ?? earliest;
  const needed = addCalendarMonths(first, -12);
  if (historyFrom !== null && historyFrom > needed) {
    flags.push("incomplete_history");
    notes.push(
      `Incomplete history: the referrals start on ${historyFrom}, but a re-referral in this month looks back to ${needed}; earlier referrals cannot be seen, so the count may be too low.`,
    );
  }
  if (extractDate < last) {
    flags.push("incomplete_month");
    notes.push(`The extract was taken on ${extractDate}, before the month's end (${last}).`);
  }
  return { counted, excluded, flags, notes };
}
