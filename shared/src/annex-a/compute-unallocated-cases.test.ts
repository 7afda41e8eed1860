import { fc, test } from "@fast-check/vitest";
import { describe, expect, it } from "vitest";
import type { AnnexALists } from "./annex-a-rows.ts";
import { daysBetween, monthBounds } from "./compute-calendar.ts";
import { computeUnallocatedCases, unallocatedCaseFigures } from "./compute-unallocated-cases.ts";
import { caseListsArbitrary, shuffledLists } from "./open-cases-test-arbitrary.ts";
import { areaOfTeam, handWorkedLists } from "./open-cases-test-fixture.ts";

const figuresOf = (lists: AnnexALists, period = "2017-12") =>
  unallocatedCaseFigures(computeUnallocatedCases(period, lists), areaOfTeam, "city", ["east", "south"]);

describe("unallocated cases, hand-worked (December 2017)", () => {
  it("counts A (7 days), I and J of the 11 children open on 31 December", () => {
    const [city, east, south] = figuresOf(handWorkedLists());
    // Open, once each: A B D F I J K L M N O = 11. Unallocated 7+ days: A (24 Dec → 31 Dec = 7),
    // I (unmapped team, closes 3 Jan) and J (no worker on List 7 or 8; earliest start 1 Dec) = 3.
    // B is 6 days old; D, L and M have a worker on another list; E has no start date (excluded).
    expect(city).toMatchObject({ numerator: 3, denominator: 11, value: 3, rowsUsed: 11, rowsExcluded: 6 });
    expect(city?.numeratorChildIds).toEqual(["A", "I", "J"]);
    expect(city?.denominatorChildIds).toEqual(["A", "B", "D", "F", "I", "J", "K", "L", "M", "N", "O"]);
    // East: A B F K L (1 unallocated); South: D J M N (J placed by its List 8 row, CiC West → south).
    expect(east).toMatchObject({ numerator: 1, denominator: 5, value: 1 });
    expect(east?.denominatorChildIds).toEqual(["A", "B", "F", "K", "L"]);
    expect(south).toMatchObject({ numerator: 1, denominator: 4, value: 1 });
    expect(south?.denominatorChildIds).toEqual(["D", "J", "M", "N"]);
    expect(city?.flags).toEqual([]);
  });

  it("names every excluded row with its reason: second lists, no start date, closed with no date", () => {
    const [city] = figuresOf(handWorkedLists());
    expect(city?.exclusions.map((e) => [e.source.sheet, e.source.row, e.childId, e.reason])).toEqual([
      ["L6", 5, "D", "Same child open on List 7: counted once there"],
      [
        "L6",
        6,
        "E",
        "No allocated worker and no start date: whether the case has been open 7 days cannot be told",
      ],
      [
        "L6",
        8,
        "G",
        "Case status is Closed but no closure date is given: whether it was open on 2017-12-31 cannot be told",
      ],
      ["L6", 11, "L", "Same child open on List 8: counted once there"],
      ["L6", 12, "M", "Same child open on List 8: counted once there"],
      ["L7", 3, "J", "Same child open on List 8: counted once there"],
    ]);
  });

  it("counts on the extract date when it is before the month's end, and flags it", () => {
    // On 28 December: A is 4 days old, J (from 1 Dec) 27; H (closed on the 31st) is still open, so
    // 12 children; L's List 8 row starts on the 29th, so L is placed by its List 6 row.
    // Unallocated 7+ days: H, I and J.
    const [city] = figuresOf(handWorkedLists("2017-12-28"));
    expect(city).toMatchObject({ numerator: 3, denominator: 12, flags: ["incomplete_month"] });
    expect(city?.numeratorChildIds).toEqual(["H", "I", "J"]);
    expect(city?.notes[0]).toMatch(/counted as open on 2017-12-28/);
  });

  it("says allocations are as at a later extract", () => {
    const outcome = computeUnallocatedCases("2017-12", handWorkedLists("2018-01-05"));
    expect(outcome.notes[0]).toMatch(/as at the extract \(2018-01-05\)/);
  });

  it("is 6 days not counted, 7 days counted, for a case opened in the month", () => {
    const lists = (start: string) => ({
      ...handWorkedLists("2017-12-31"),
      childProtection: [],
      childrenLookedAfter: [],
      childrenInNeed: [
        {
          source: { sheet: "L6", row: 2 },
          childId: "Z",
          caseStatus: null,
          caseStartDate: start,
          caseClosedDate: null,
          allocatedTeam: "East A",
          allocatedWorker: "  ",
        },
      ],
    });
    expect(figuresOf(lists("2017-12-25"))[0]).toMatchObject({ numerator: 0, denominator: 1 });
    expect(figuresOf(lists("2017-12-24"))[0]).toMatchObject({ numerator: 1, denominator: 1 });
  });
});

/** The rule restated child by child, as a reader of docs/annex-a-computing.md would work it. */
function naiveUnallocated(lists: AnnexALists, period: string) {
  const { last } = monthBounds(period);
  const on = [lists.extractDate, last].sort()[0] ?? last;
  const isOpen = (start: string | null, end: string | null) =>
    (start === null || start <= on) && (end === null || end > on);
  const open = [
    ...lists.childrenLookedAfter
      .filter((row) => isOpen(row.startedLookedAfterDate, row.ceasedLookedAfterDate))
      .map((row) => ({ ...row, start: row.startedLookedAfterDate })),
    ...lists.childProtection
      .filter((row) => isOpen(row.planStartDate, row.planEndDate))
      .map((row) => ({ ...row, start: row.planStartDate })),
    ...lists.childrenInNeed
      .filter(
        (row) =>
          isOpen(row.caseStartDate, row.caseClosedDate) &&
          !(row.caseClosedDate === null && row.caseStatus === "Closed"),
      )
      .map((row) => ({ ...row, start: row.caseStartDate })),
  ];
  let numerator = 0;
  let denominator = 0;
  for (const child of new Set(open.map((row) => row.childId))) {
    const rows = open.filter((row) => row.childId === child);
    const allocated = rows.some((row) => (row.allocatedWorker ?? "").trim() !== "");
    const starts = rows.flatMap((row) => (row.start === null ? [] : [row.start]));
    if (!allocated && starts.length === 0) continue;
    denominator++;
    if (!allocated && starts.some((start) => daysBetween(start, on) >= 7)) numerator++;
  }
  return { numerator, denominator };
}

describe("unallocated cases, properties", () => {
  test.prop([caseListsArbitrary])("agree with the child-by-child restatement", (lists) => {
    const [city] = figuresOf(lists);
    expect({ numerator: city?.numerator, denominator: city?.denominator }).toEqual(
      naiveUnallocated(lists, "2017-12"),
    );
    expect(city?.value).toBe(city?.numerator);
  });

  test.prop([caseListsArbitrary, fc.nat()])(
    "count each child once, areas sum to the city, and the rows' order does not matter",
    (lists, seed) => {
      const figures = figuresOf(lists);
      const [city, east, south] = figures;
      expect(new Set(city?.denominatorChildIds).size).toBe(city?.denominator);
      expect((east?.denominator ?? 0) + (south?.denominator ?? 0)).toBe(city?.denominator);
      expect((east?.numerator ?? 0) + (south?.numerator ?? 0)).toBe(city?.numerator);
      expect(figuresOf(shuffledLists(lists, seed))).toEqual(figures);
    },
  );
});
