import { benchmarksSearchSchema } from "@scorecard/shared/api-schema";
import { describe, expect, it } from "vitest";
import { parseSearch } from "../../../app/search-string.ts";
import { alphabetical, readSelection, yearForMeasure } from "./benchmark-selection.ts";
import { catalogue, cpPlans } from "./test-fixtures.ts";

/** As the page reads an address: the route's schema first, then the catalogue. */
const read = (query: string) => readSelection(benchmarksSearchSchema.parse(parseSearch(query)), catalogue);

describe("readSelection", () => {
  it("defaults to the first measure, Birmingham, the latest year, the 2025 model and the chart", () => {
    expect(read("")).toMatchObject({
      indicatorId: "re-referrals",
      laCode: "330",
      year: 2025,
      model: "2025",
      view: "chart",
      unusableYear: null,
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
  });

  it("falls back to the default for what is not a year, a code or a model at all", () => {
    expect(read("year=soon")).toMatchObject({ year: 2025, unusableYear: null });
    expect(read("la=abc")).toMatchObject({ laCode: "330" });
    expect(read("la=abc").la?.name).toBe("Birmingham");
    expect(read("model=1999")).toMatchObject({ model: "2025" });
  });

  it("treats an empty value as not given", () => {
    expect(read("indicator=&la=&year=&model=&view=")).toMatchObject({
      indicatorId: "re-referrals",
      laCode: "330",
      year: 2025,
      model: "2025",
      view: "chart",
    });
  });
});

describe("picker helpers", () => {
  it("lists LAs alphabetically", () => {
    const names = alphabetical([...catalogue.localAuthorities].reverse()).map((la) => la.name);
    expect(names).toEqual(["Birmingham", "Bournemouth", "City of London", "Nottingham"]);
  });

  it("keeps the year when the new measure has it, otherwise falls back to its latest", () => {
    expect(yearForMeasure(cpPlans, 2024)).toBe(2024);
    expect(yearForMeasure(cpPlans, 2023)).toBeUndefined();
    expect(yearForMeasure(cpPlans, null)).toBeUndefined();
  });
});
