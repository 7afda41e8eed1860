import { describe, expect, it } from "vitest";
import { computeAnnexAMonth } from "./annex-a-month.ts";
import type { AnnexALists } from "./annex-a-rows.ts";
import { handWorkedLists } from "./open-cases-test-fixture.ts";

const empty: AnnexALists = {
  extractDate: "2018-01-05",
  referrals: [],
  assessments: [],
  childrenInNeed: [],
  childProtection: [],
  childrenLookedAfter: [],
  careLeavers: [],
  adoptions: [],
};

describe("computeAnnexAMonth", () => {
  const lists: AnnexALists = {
    ...empty,
    referrals: [
      {
        source: { sheet: "L3", row: 2 },
        childId: "001",
        referralDate: "2017-12-05",
        noFurtherAction: null,
        allocatedTeam: " east  team a",
        allocatedWorker: null,
      },
      {
        source: { sheet: "L3", row: 3 },
        childId: "002",
        referralDate: "2017-12-06",
        noFurtherAction: null,
        allocatedTeam: "Hospital team",
        allocatedWorker: null,
      },
      {
        source: { sheet: "L3", row: 4 },
        childId: "003",
        referralDate: "2017-12-07",
        noFurtherAction: null,
        allocatedTeam: null,
        allocatedWorker: null,
      },
    ],
  };

  it("maps teams ignoring case and spacing, counts unmapped rows for the authority only and reports them", () => {
    const month = computeAnnexAMonth({
      period: "2017-12",
      lists,
      teamAreas: { "East Team A": "east" },
      authorityAreaId: "city",
      coverageStartDate: "2016-01-01",
    });
    const reReferrals = month.figures.filter((figure) => figure.indicatorId === "re-referrals");
    // City: all three December referrals; East: 001 only (its team written " east  team a").
    expect(reReferrals.map((figure) => [figure.areaId, figure.denominator])).toEqual([
      ["city", 3],
      ["east", 1],
    ]);
    expect(month.unmappedTeams).toEqual([
      { team: null, rows: 1 },
      { team: "Hospital team", rows: 1 },
    ]);
  });

  it("gives every indicator it computes for the authority and each area", () => {
    const month = computeAnnexAMonth({
      period: "2017-12",
      lists,
      teamAreas: { "East Team A": "east" },
      authorityAreaId: "city",
    });
    expect(new Set(month.figures.map((figure) => figure.indicatorId))).toEqual(
      new Set([
        "re-referrals",
        "assessments-in-timescale",
        "children-seen-at-assessment",
        "cp-plans",
        "cp-visits",
        "children-in-care",
        "care-leavers-ete",
        "adoption-care-to-placement",
        "adoption-court-to-match",
        "unallocated-cases",
        "caseload",
      ]),
    );
    expect(month.figures.filter((figure) => figure.indicatorId === "cp-plans").map((f) => f.value)).toEqual([
      0, 0,
    ]);
  });

  it("gives unallocated cases and caseload with the by-team caseload table, from Lists 6, 7 and 8", () => {
    // The hand-worked children of compute-unallocated-cases.test.ts and compute-caseload.test.ts.
    const month = computeAnnexAMonth({
      period: "2017-12",
      lists: handWorkedLists(),
      teamAreas: { "East A": "east", "South A": "south", "CiC West": "south" },
      authorityAreaId: "city",
      decimals: { caseload: 1 },
    });
    const figure = (indicator: string, area: string) =>
      month.figures.find((f) => f.indicatorId === indicator && f.areaId === area);
    expect(figure("unallocated-cases", "city")).toMatchObject({ numerator: 3, denominator: 11, value: 3 });
    expect(figure("unallocated-cases", "south")).toMatchObject({ numerator: 1, denominator: 4, value: 1 });
    expect(figure("caseload", "city")).toMatchObject({ numerator: 8, denominator: 5, value: 1.6 });
    expect(figure("caseload", "east")).toMatchObject({ numerator: 3, denominator: 3, value: 1 });
    expect(month.caseloadByTeam).toEqual([
      { team: "East A", areaId: "east", cases: 3, workers: 3, average: 1 },
      { team: "Hospital team", areaId: null, cases: 1, workers: 1, average: 1 },
      { team: "South A", areaId: "south", cases: 4, workers: 2, average: 2 },
    ]);
    expect(month.unmappedTeams).toEqual([{ team: "Hospital team", rows: 2 }]);
  });

  it("refuses an extract taken before the month began", () => {
    expect(() =>
      computeAnnexAMonth({ period: "2018-02", lists, teamAreas: {}, authorityAreaId: "city" }),
    ).toThrow(/before 2018-02 began/);
  });
});
