import { describe, expect, it } from "vitest";
import { inForceAt, populationForPeriod } from "./in-force.ts";

describe("inForceAt", () => {
  const history = [
    { effectiveFrom: "2016-04", value: 25 },
    { effectiveFrom: "2017-04", value: 24 },
  ];

  it("picks the latest entry that had started by the month", () => {
    expect(inForceAt(history, "2017-12")?.value).toBe(24);
    expect(inForceAt(history, "2017-03")?.value).toBe(25);
    expect(inForceAt(history, "2017-04")?.value).toBe(24);
  });

  it("is null before the first entry", () => {
    expect(inForceAt(history, "2016-03")).toBeNull();
  });

  it("does not depend on the order of the history", () => {
    expect(inForceAt([...history].reverse(), "2017-12")?.value).toBe(24);
  });
});

describe("populationForPeriod", () => {
  const estimates = [
    { year: 2015, population: 285_934 },
    { year: 2016, population: 289_265 },
    { year: 2017, population: 291_299 },
  ];

  it("uses the previous mid-year", () => {
    expect(populationForPeriod(estimates, "2017-12")?.year).toBe(2016);
    expect(populationForPeriod(estimates, "2017-01")?.year).toBe(2016);
    expect(populationForPeriod(estimates, "2016-12")?.year).toBe(2015);
  });

  it("falls back to the earliest estimate held", () => {
    expect(populationForPeriod(estimates, "2014-06")?.year).toBe(2015);
    expect(populationForPeriod([], "2017-12")).toBeNull();
  });
});
