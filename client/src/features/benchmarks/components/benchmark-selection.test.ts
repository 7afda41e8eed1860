import { describe, expect, it } from "vitest";
import { alphabetical, readSelection, yearForMeasure } from "./benchmark-selection.ts";
import { catalogue, cpPlans } from "./test-fixtures.ts";

const read = (query: string) => readSelection(new URLSearchParams(query), catalogue);

describe("readSelection", () => {
  it("defaults to the first measure, Birmingham, the latest year, the 2025 model and the chart", () => {
    expect(read("")).toMatchObject({
      indicatorId: "re-referrals",
      laCode: "330",
      year: 2025,
      model: "2025",
      view: "chart",
      unusableYear: null,
      unusableModel: null,
    });
    expect(read("").la?.name).toBe("Birmingham");
  });

  it("reads every filter from the address", () => {
    const selection = read("indicator=cp-plans&la=892&year=2024&model=2021&view=table");
    expect(selection.measure?.id).toBe("cp-plans");
    expect(selection.la?.name).toBe("Nottingham");
    expect(selection).toMatchObject({ year: 2024, model: "2021", view: "table" });
  });

  it("flags an unknown measure, LA or year rather than guessing", () => {
    expect(read("indicator=nope").measure).toBeNull();
    expect(read("la=999")).toMatchObject({ la: null, laCode: "999" });
    expect(read("year=2001")).toMatchObject({ year: null, unusableYear: "2001" });
    expect(read("year=soon")).toMatchObject({ year: null, unusableYear: "soon" });
  });

  it("uses the default model when the address names one DfE does not have, and says which", () => {
    expect(read("model=1999")).toMatchObject({ model: "2025", unusableModel: "1999" });
  });
});

describe("picker helpers", () => {
  it("lists LAs alphabetically", () => {
    const names = alphabetical([...catalogue.localAuthorities].reverse()).map((la) => la.name);
    expect(names).toEqual(["Birmingham", "Bournemouth", "City of London", "Nottingham"]);
  });

  it("keeps the year when the new measure has it, otherwise falls back to its latest", () => {
    expect(yearForMeasure(cpPlans, 2024)).toBe("2024");
    expect(yearForMeasure(cpPlans, 2023)).toBeNull();
    expect(yearForMeasure(cpPlans, null)).toBeNull();
  });
});
