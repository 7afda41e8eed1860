import { fc } from "@fast-check/vitest";
import type { AnnexALists } from "./annex-a-rows.ts";
import { dateOfDayNumber, dayNumber } from "./compute-calendar.ts";

/**
 * Arbitrary Lists 6, 7 and 8 around December 2017 for the property tests of unallocated cases and
 * caseload: a few children (so the same child recurs across lists), workers written with varying case,
 * blank workers, missing List 6 dates, and teams that all map to an area of `areaOfTeam`.
 */
const caseRow = fc.record({
  child: fc.constantFrom("1", "2", "3", "4", "5", "6", "7"),
  start: fc.option(fc.integer({ min: dayNumber("2017-10-01"), max: dayNumber("2018-01-10") }), {
    freq: 8,
  }),
  length: fc.option(fc.integer({ min: 0, max: 120 })),
  team: fc.constantFrom("East A", "South A", "CiC West"),
  worker: fc.constantFrom(null, "W1", "w1", "W2", "W3", "W4"),
  status: fc.constantFrom(null, "Open", "Closed"),
});

const iso = (day: number | null) => (day === null ? null : dateOfDayNumber(day));
const endOf = (row: { start: number | null; length: number | null }) =>
  row.start === null || row.length === null ? null : iso(row.start + row.length);

export const caseListsArbitrary: fc.Arbitrary<AnnexALists> = fc
  .record({
    extractDate: fc.constantFrom("2017-12-20", "2017-12-31", "2018-01-10"),
    cin: fc.array(caseRow, { maxLength: 12 }),
    cp: fc.array(caseRow, { maxLength: 8 }),
    cla: fc.array(caseRow, { maxLength: 8 }),
  })
  .map(({ extractDate, cin, cp, cla }) => ({
    extractDate,
    referrals: [],
    assessments: [],
    careLeavers: [],
    adoptions: [],
    childrenInNeed: cin.map((row, i) => ({
      source: { sheet: "L6", row: i + 2 },
      childId: row.child,
      caseStatus: row.status,
      caseStartDate: iso(row.start),
      caseClosedDate: endOf(row),
      allocatedTeam: row.team,
      allocatedWorker: row.worker,
    })),
    childProtection: cp.map((row, i) => ({
      source: { sheet: "L7", row: i + 2 },
      childId: row.child,
      planStartDate: iso(row.start) ?? "2017-11-15",
      planEndDate: endOf(row),
      lastStatutoryVisitDate: null,
      allocatedTeam: row.team,
      allocatedWorker: row.worker,
    })),
    childrenLookedAfter: cla.map((row, i) => ({
      source: { sheet: "L8", row: i + 2 },
      childId: row.child,
      startedLookedAfterDate: iso(row.start) ?? "2016-05-01",
      ceasedLookedAfterDate: endOf(row),
      lastStatutoryVisitDate: null,
      allocatedTeam: row.team,
      allocatedWorker: row.worker,
    })),
  }));

/** The same rows (same sheet and row numbers) in another order within each list. */
export function shuffledLists(lists: AnnexALists, seed: number): AnnexALists {
  const shuffle = <T extends { source: { row: number } }>(rows: T[]) =>
    [...rows].sort((a, b) => ((a.source.row * 7919 + seed) % 97) - ((b.source.row * 7919 + seed) % 97));
  return {
    ...lists,
    childrenInNeed: shuffle(lists.childrenInNeed),
    childProtection: shuffle(lists.childProtection),
    childrenLookedAfter: shuffle(lists.childrenLookedAfter),
  };
}
