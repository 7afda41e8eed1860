import { fc, test } from "@fast-check/vitest";
import { describe, expect, it } from "vitest";
import type { AnnexALists } from "./annex-a-rows.ts";
import { monthBounds } from "./compute-calendar.ts";
import { caseloadByTeam, caseloadFigures, computeCaseload } from "./compute-caseload.ts";
import { caseListsArbitrary, shuffledLists } from "./open-cases-test-arbitrary.ts";
import { areaOfTeam, handWorkedLists } from "./open-cases-test-fixture.ts";

const figuresOf = (lists: AnnexALists, decimals = 1) =>
  caseloadFigures(computeCaseload("2017-12", lists), areaOfTeam, "city", ["east", "south"], decimals);

describe("caseload per allocated worker, hand-worked (31 December 2017)", () => {
  // Cases (child, worker): K–W3, L–W2 (List 8; L's List 6 row names "w2", the same worker), M–W4 (List 8)
  // and M–W1 (List 6: another worker, another case), D–W1 (List 7), F–W1, N–W1, O–W5 = 8 cases held by
  // W1–W5 = 5 workers → 1.6.
  it("divides the open allocated cases by the distinct workers, for the city and each area", () => {
    const [city, east, south] = figuresOf(handWorkedLists());
    expect(city).toMatchObject({ numerator: 8, denominator: 5, value: 1.6, rowsUsed: 8, rowsExcluded: 9 });
    expect(city?.numeratorChildIds).toEqual(["D", "F", "K", "L", "M", "M", "N", "O"]);
    // East: K–W3, L–W2, F–W1: 3 cases, 3 workers. South: M–W4, D–W1, M–W1, N–W1: 4 cases, 2 workers.
    // W1 holds cases in both areas, so counts in each (3 + 2 workers > the city's 5 only by W1).
    expect(east).toMatchObject({ numerator: 3, denominator: 3, value: 1 });
    expect(south).toMatchObject({ numerator: 4, denominator: 2, value: 2 });
    expect(city?.notes.join(" ")).toMatch(/no FTE and no qualification/);
  });

  it("rounds the average half up to the catalogue's decimals", () => {
    expect(figuresOf(handWorkedLists(), 0)[0]?.value).toBe(2); // 1.6 → 2
  });

  it("excludes the rows no worker is named on, saying whether the child is a case elsewhere", () => {
    const [city] = figuresOf(handWorkedLists());
    const reasons = new Map(city?.exclusions.map((e) => [`${e.source.sheet} ${e.source.row}`, e.reason]));
    expect(reasons.get("L6 5")).toBe(
      "No allocated worker on this row: the child is a case of the worker on List 7",
    );
    expect(reasons.get("L6 2")).toBe("No allocated worker: on no worker's caseload (see unallocated cases)");
    expect(reasons.get("L6 11")).toBe("Same child and worker on List 8: one case for that worker");
    expect(reasons.get("L6 8")).toMatch(/Case status is Closed but no closure date/);
    // A, B, E, I on List 6, J on Lists 7 and 8, D's List 6 row; L's second row; G closed with no date.
    expect([...reasons.keys()].sort()).toEqual(
      ["L6 2", "L6 3", "L6 5", "L6 6", "L6 8", "L6 10", "L6 11", "L7 3", "L8 2"].sort(),
    );
  });

  it("gives the by-team table, the unmapped team included", () => {
    expect(caseloadByTeam(computeCaseload("2017-12", handWorkedLists()), areaOfTeam, 1)).toEqual([
      { team: "East A", areaId: "east", cases: 3, workers: 3, average: 1 },
      { team: "Hospital team", areaId: null, cases: 1, workers: 1, average: 1 },
      { team: "South A", areaId: "south", cases: 4, workers: 2, average: 2 },
    ]);
  });

  it("has no average where no worker holds a case", () => {
    const lists = { ...handWorkedLists(), childrenInNeed: [], childProtection: [], childrenLookedAfter: [] };
    expect(figuresOf(lists)[0]).toMatchObject({ numerator: 0, denominator: 0, value: null });
  });
});

/** Distinct (child, worker) pairs and distinct workers on the open rows, restated directly. */
function naiveCaseload(lists: AnnexALists) {
  const { last } = monthBounds("2017-12");
  const on = [lists.extractDate, last].sort()[0] ?? last;
  const isOpen = (start: string | null, end: string | null) =>
    (start === null || start <= on) && (end === null || end > on);
  const rows = [
    ...lists.childrenLookedAfter.filter((row) =>
      isOpen(row.startedLookedAfterDate, row.ceasedLookedAfterDate),
    ),
    ...lists.childProtection.filter((row) => isOpen(row.planStartDate, row.planEndDate)),
    ...lists.childrenInNeed.filter(
      (row) =>
        isOpen(row.caseStartDate, row.caseClosedDate) &&
        !(row.caseClosedDate === null && row.caseStatus === "Closed"),
    ),
  ].filter((row) => row.allocatedWorker !== null);
  const worker = (row: { allocatedWorker: string | null }) => (row.allocatedWorker ?? "").toLowerCase();
  return {
    cases: new Set(rows.map((row) => `${row.childId}|${worker(row)}`)).size,
    workers: new Set(rows.map(worker)).size,
  };
}

describe("caseload, properties", () => {
  test.prop([caseListsArbitrary])("agrees with the direct count of cases and workers", (lists) => {
    const [city] = figuresOf(lists);
    const { cases, workers } = naiveCaseload(lists);
    expect({ numerator: city?.numerator, denominator: city?.denominator }).toEqual({
      numerator: cases,
      denominator: workers,
    });
  });

  test.prop([caseListsArbitrary, fc.nat()])(
    "areas and teams add up to the city's cases, and the rows' order does not matter",
    (lists, seed) => {
      const figures = figuresOf(lists);
      const [city, east, south] = figures;
      expect((east?.numerator ?? 0) + (south?.numerator ?? 0)).toBe(city?.numerator);
      expect((east?.denominator ?? 0) + (south?.denominator ?? 0)).toBeGreaterThanOrEqual(
        city?.denominator ?? 0,
      );
      const teams = caseloadByTeam(computeCaseload("2017-12", lists), areaOfTeam, 1);
      expect(teams.reduce((sum, team) => sum + team.cases, 0)).toBe(city?.numerator);
      expect(figuresOf(shuffledLists(lists, seed))).toEqual(figures);
    },
  );
});
