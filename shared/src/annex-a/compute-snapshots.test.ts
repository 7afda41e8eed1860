import { fc, test } from "@fast-check/vitest";
import { describe, expect, it } from "vitest";
import type { ChildProtectionRow } from "./annex-a-rows.ts";
import { dateOfDayNumber, dayNumber } from "./compute-calendar.ts";
import { countFigures, percentFigures } from "./compute-figure.ts";
import { computeChildProtectionPlans, computeChildProtectionVisits } from "./compute-snapshots.ts";

let nextRow = 2;
const plan = (
  childId: string,
  planStartDate: string,
  planEndDate: string | null,
  lastStatutoryVisitDate: string | null,
  team = "East A",
): ChildProtectionRow => ({
  source: { sheet: "List 7", row: nextRow++ },
  childId,
  planStartDate,
  planEndDate,
  lastStatutoryVisitDate,
  allocatedTeam: team,
  allocatedWorker: "W1",
});
const areaOf = (team: string | null) => (team === "East A" ? "east" : team === "South A" ? "south" : null);

describe("CP plans and visits at month end, hand-worked", () => {
  const rows = [
    plan("A", "2017-06-01", null, "2017-12-20"), // open, visited in December
    plan("B", "2017-11-01", "2018-01-10", "2017-11-28", "South A"), // open at 31 Dec, last visit November
    plan("C", "2017-05-01", "2017-12-31", "2017-12-30"), // ended on the month's last day: not counted
    plan("D", "2018-01-02", null, null), // starts after the month
    plan("E", "2017-09-01", null, "2018-01-03"), // open; last visit after the month: visits excluded
    plan("A", "2017-06-01", null, "2017-12-20"), // A again: counted once
  ];

  it("counts A, B and E on a plan at 31 December 2017, with rates per 10,000", () => {
    const outcome = computeChildProtectionPlans("2017-12", rows, "2018-01-05");
    const [city, east, south] = countFigures("cp-plans", outcome, areaOf, "city", ["east", "south"], {
      city: 20_000,
      east: 10_000,
    });
    // City: A, B, E = 3 → 3 / 20,000 × 10,000 = 1.5; East: A, E = 2 → 2.0; South: B = 1, no population.
    expect(city).toMatchObject({ value: 3, ratePer10k: 1.5, rowsExcluded: 1 });
    expect(city?.denominatorChildIds).toEqual(["A", "B", "E"]);
    expect(east).toMatchObject({ value: 2, ratePer10k: 2 });
    expect(south).toMatchObject({ value: 1, ratePer10k: null });
  });

  it("counts A visited in December of A and B; E's later visit cannot tell", () => {
    const [city] = percentFigures(
      "cp-visits",
      computeChildProtectionVisits("2017-12", rows, "2018-01-05"),
      areaOf,
      "city",
      [],
      0,
    );
    // Denominator A, B (E excluded: last visit 3 Jan) → visited A → 1/2 = 50%.
    expect(city).toMatchObject({ numerator: 1, denominator: 2, value: 50, rowsExcluded: 2 });
    expect(city?.notes.join(" ")).toMatch(/frequency is not known/);
  });
});

describe("CP plans, properties", () => {
  const plansArbitrary = fc.array(
    fc.record({
      child: fc.constantFrom("1", "2", "3", "4", "5", "6", "7", "8"),
      start: fc.integer({ min: dayNumber("2017-01-01"), max: dayNumber("2018-01-31") }),
      length: fc.option(fc.integer({ min: 0, max: 400 })),
      team: fc.constantFrom("East A", "South A"),
    }),
    { maxLength: 30 },
  );
  test.prop([plansArbitrary])("areas sum to the city and each child is counted once", (items) => {
    const rows = items.map((item, i) => ({
      ...plan(
        item.child,
        dateOfDayNumber(item.start),
        item.length === null ? null : dateOfDayNumber(item.start + item.length),
        null,
        item.team,
      ),
      source: { sheet: "List 7", row: i + 2 },
    }));
    const [city, east, south] = countFigures(
      "cp-plans",
      computeChildProtectionPlans("2017-12", rows, "2018-01-31"),
      areaOf,
      "city",
      ["east", "south"],
      {},
    );
    expect((east?.value ?? 0) + (south?.value ?? 0)).toBe(city?.value);
    expect(new Set(city?.denominatorChildIds).size).toBe(city?.value);
  });
});
