import { describe, expect, it } from "vitest";
import type { AdoptionRow } from "./annex-a-rows.ts";
import { computeAdoptionAverage } from "./compute-adoption.ts";

let nextRow = 2;
const adoption = (childId: string, dates: Partial<AdoptionRow>): AdoptionRow => ({
  source: { sheet: "List 10", row: nextRow++ },
  childId,
  enteredCareDate: null,
  placementOrderDate: null,
  matchedDate: null,
  placedForAdoptionDate: null,
  allocatedTeam: "Adoption",
  allocatedWorker: null,
  ...dates,
});

describe("adoption averages over the rolling 12 months to December 2017", () => {
  const rows = [
    adoption("A", {
      enteredCareDate: "2017-01-01",
      placedForAdoptionDate: "2017-12-01",
      placementOrderDate: "2017-06-01",
      matchedDate: "2017-08-30",
    }),
    adoption("B", {
      enteredCareDate: "2016-06-01",
      placedForAdoptionDate: "2017-01-10",
      placementOrderDate: "2016-10-01",
      matchedDate: "2016-12-31",
    }),
    adoption("C", { enteredCareDate: "2015-01-01", placedForAdoptionDate: "2016-12-31" }), // outside: window starts after 31 Dec 2016
    adoption("D", { enteredCareDate: null, placedForAdoptionDate: "2017-05-01" }), // excluded: no care date
  ];

  it("A1: A 334 days (1 Jan → 1 Dec 2017), B 223 days (1 Jun 2016 → 10 Jan 2017): mean 278.5 → 279", () => {
    const [city] = computeAdoptionAverage(
      "adoption-care-to-placement",
      "2017-12",
      rows,
      () => null,
      "city",
      [],
      0,
    );
    expect(city).toMatchObject({ numerator: 557, denominator: 2, value: 279, rowsExcluded: 1 });
    expect(city?.denominatorChildIds).toEqual(["A", "B"]);
  });

  it("A2: only A matched in the window, 90 days (1 Jun → 30 Aug 2017); B's match on 31 Dec 2016 is outside", () => {
    const [city] = computeAdoptionAverage(
      "adoption-court-to-match",
      "2017-12",
      rows,
      () => null,
      "city",
      [],
      0,
    );
    expect(city).toMatchObject({ numerator: 90, denominator: 1, value: 90 });
  });
});
