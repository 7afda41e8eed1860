import { roundHalfUp } from "../rounding.ts";
import type { AdoptionRow } from "./annex-a-rows.ts";
import { addCalendarMonths, daysBetween, isWithin, monthBounds } from "./compute-calendar.ts";
import { type ComputedFigure, type Exclusion, figuresPerScope } from "./compute-figure.ts";

/**
 * Adoption timeliness (List 10) as averages over the rolling 12 months ending with the month (from the day
 * after the same day a year before the month's end, to the month's end):
 * - A1 `adoption-care-to-placement`: days from entering care to moving in with the adopters, for children
 *   who moved in within the window;
 * - A2 `adoption-court-to-match`: days from the placement order to the match, for children matched within
 *   the window.
 * The figure is a `mean`: numerator = total days, denominator = children, value = the average in days.
 */
export type AdoptionMeasure = "adoption-care-to-placement" | "adoption-court-to-match";

interface Interval {
  row: AdoptionRow;
  days: number;
}

export function computeAdoptionAverage(
  indicatorId: AdoptionMeasure,
  period: string,
  rows: readonly AdoptionRow[],
  areaOfTeam: (team: string | null) => string | null,
  authorityAreaId: string,
  areaIds: readonly string[],
  decimals: number,
): ComputedFigure[] {
  const { last } = monthBounds(period);
  const from = addCalendarMonths(last, -12);
  const intervals: Interval[] = [];
  const excluded: (Exclusion & { team: string | null })[] = [];
  const seen = new Set<string>();
  const ordered = [...rows].sort((a, b) =>
    a.source.sheet === b.source.sheet
      ? a.source.row - b.source.row
      : a.source.sheet < b.source.sheet
        ? -1
        : 1,
  );
  for (const row of ordered) {
    const [start, end, startName, endName] =
      indicatorId === "adoption-care-to-placement"
        ? [row.enteredCareDate, row.placedForAdoptionDate, "entered care", "moved in"]
        : [row.placementOrderDate, row.matchedDate, "placement order", "match"];
    if (end === null || !(end > from && isWithin(end, from, last))) continue;
    const exclude = (reason: string) =>
      excluded.push({ source: row.source, childId: row.childId, team: row.allocatedTeam, reason });
    if (seen.has(row.childId)) {
      exclude("Same child as an earlier row: counted once");
      continue;
    }
    seen.add(row.childId);
    if (start === null) {
      exclude(`The ${startName} date is blank`);
      continue;
    }
    const days = daysBetween(start, end);
    if (days < 0) {
      exclude(`The ${endName} (${end}) is before the ${startName} (${start})`);
      continue;
    }
    intervals.push({ row, days });
  }
  return figuresPerScope(areaOfTeam, authorityAreaId, areaIds, (areaId, inScope) => {
    const used = inScope(intervals.map((interval) => ({ ...interval, team: interval.row.allocatedTeam })));
    const out = inScope(excluded);
    const total = used.reduce((sum, interval) => sum + interval.days, 0);
    const childIds = used.map((interval) => interval.row.childId).sort();
    return {
      indicatorId,
      areaId,
      numerator: total,
      denominator: used.length,
      value: used.length === 0 ? null : roundHalfUp(total / used.length, decimals),
      rowsUsed: used.length,
      rowsExcluded: out.length,
      exclusions: out.map(({ source, childId, reason }) => ({ source, childId, reason })),
      numeratorChildIds: childIds,
      denominatorChildIds: childIds,
      flags: [],
      notes: [
        `Rolling 12 months ${from} (exclusive) to ${last}; numerator is total days, denominator children.`,
      ],
    };
  });
}
