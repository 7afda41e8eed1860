import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  addMonths,
  comparePeriods,
  financialYearEnding,
  financialYearLabel,
  isPeriod,
  latestPublishedReportingYear,
  monthsBetween,
  parsePeriod,
  periodLabel,
  periodLongLabel,
  periodSchema,
  previousMonths,
  reportingYearLabel,
} from "./periods.ts";

describe("parsing periods", () => {
  it("accepts YYYY-MM months only", () => {
    expect(isPeriod("2017-12")).toBe(true);
    for (const bad of [
      "2017-13",
      "2017-00",
      "2017-1",
      "17-12",
      "2017/12",
      "2017-12-01",
      " 2017-12",
      201712,
    ]) {
      expect(isPeriod(bad)).toBe(false);
    }
  });

  it("parses into year and month, and names the input when it cannot", () => {
    expect(parsePeriod("2017-03")).toEqual({ year: 2017, month: 3 });
    expect(() => parsePeriod("Dec-17")).toThrow(
      'period must be a month written YYYY-MM, e.g. 2017-12; got "Dec-17"',
    );
  });

  it("periodSchema validates with the house message", () => {
    expect(periodSchema.parse("2016-04")).toBe("2016-04");
    const result = periodSchema.safeParse("April 2016");
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toBe("period must be a month written YYYY-MM, e.g. 2017-12");
  });
});

describe("month arithmetic", () => {
  it("adds months across year ends, both ways", () => {
    expect(addMonths("2017-12", 1)).toBe("2018-01");
    expect(addMonths("2018-01", -1)).toBe("2017-12");
    expect(addMonths("2017-03", -12)).toBe("2016-03");
    expect(addMonths("2017-03", 0)).toBe("2017-03");
    expect(() => addMonths("2017-03", 1.5)).toThrow(RangeError);
  });

  it("lists months inclusively, and nothing when from is after to", () => {
    expect(monthsBetween("2017-11", "2018-02")).toEqual(["2017-11", "2017-12", "2018-01", "2018-02"]);
    expect(monthsBetween("2017-11", "2017-11")).toEqual(["2017-11"]);
    expect(monthsBetween("2018-01", "2017-12")).toEqual([]);
  });

  it("previousMonths gives the n months before, oldest first, without the month itself", () => {
    expect(previousMonths("2017-12", 6)).toEqual([
      "2017-06",
      "2017-07",
      "2017-08",
      "2017-09",
      "2017-10",
      "2017-11",
    ]);
    expect(previousMonths("2018-02", 3)).toEqual(["2017-11", "2017-12", "2018-01"]);
    expect(previousMonths("2018-02", 0)).toEqual([]);
    expect(() => previousMonths("2018-02", -1)).toThrow(RangeError);
  });

  it("compares periods in time order", () => {
    expect(["2018-01", "2017-12", "2017-02"].sort(comparePeriods)).toEqual(["2017-02", "2017-12", "2018-01"]);
    expect(comparePeriods("2017-12", "2017-12")).toBe(0);
  });

  it("adding n then subtracting n returns the month, and monthsBetween has n + 1 months", () => {
    const period = fc
      .record({ year: fc.integer({ min: 1900, max: 2100 }), month: fc.integer({ min: 1, max: 12 }) })
      .map(({ year, month }) => `${year}-${String(month).padStart(2, "0")}`);
    fc.assert(
      fc.property(period, fc.integer({ min: 0, max: 240 }), (p, n) => {
        expect(addMonths(addMonths(p, n), -n)).toBe(p);
        expect(monthsBetween(p, addMonths(p, n))).toHaveLength(n + 1);
        expect(previousMonths(p, n).at(-1) ?? addMonths(p, -1)).toBe(addMonths(p, -1));
      }),
    );
  });
});

describe("financial years", () => {
  it("names the year whose 31 March ends the financial year", () => {
    expect(financialYearEnding("2017-12")).toBe(2018);
    expect(financialYearEnding("2017-04")).toBe(2018);
    expect(financialYearEnding("2017-03")).toBe(2017);
    expect(financialYearEnding("2018-01")).toBe(2018);
  });

  it("labels it 2017-18, from a month or the ending year", () => {
    expect(financialYearLabel("2017-12")).toBe("2017-18");
    expect(financialYearLabel(2018)).toBe("2017-18");
    expect(financialYearLabel(2000)).toBe("1999-00");
  });
});

describe("labels", () => {
  it("writes months as the council's papers do", () => {
    expect(periodLabel("2017-12")).toBe("Dec-17");
    expect(periodLabel("2016-04")).toBe("Apr-16");
    expect(periodLabel("2009-09")).toBe("Sep-09");
    expect(periodLongLabel("2017-12")).toBe("December 2017");
  });
});

describe("DfE reporting years", () => {
  it("labels time_period 2025 as the year ending March 2025", () => {
    expect(reportingYearLabel(2025)).toBe("year ending March 2025");
  });

  it("treats the year ending March Y as published from November of Y", () => {
    expect(latestPublishedReportingYear("2017-12")).toBe(2017);
    expect(latestPublishedReportingYear("2017-11")).toBe(2017);
    expect(latestPublishedReportingYear("2017-10")).toBe(2016);
    expect(latestPublishedReportingYear("2018-03")).toBe(2017);
    expect(latestPublishedReportingYear("2016-04")).toBe(2015);
  });
});
