import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { addMonths, latestPublishedReportingYear } from "./periods.ts";
import {
  CHILDREN_IN_NEED_SCHEDULE,
  financialYearOfReportingYear,
  latestPublishedYear,
  publishedFrom,
  WORKFORCE_SCHEDULE,
} from "./publication-schedule.ts";

describe("latestPublishedYear", () => {
  it("gives a December 2017 paper the year ending March 2017 for referrals, and September 2016 for the workforce", () => {
    expect(latestPublishedYear("2017-12", CHILDREN_IN_NEED_SCHEDULE)).toBe(2017);
    expect(latestPublishedYear("2017-10", CHILDREN_IN_NEED_SCHEDULE)).toBe(2016);
    expect(latestPublishedYear("2017-12", WORKFORCE_SCHEDULE)).toBe(2016);
    expect(latestPublishedYear("2018-02", WORKFORCE_SCHEDULE)).toBe(2017);
  });

  it("agrees with the engine's rule for the children-in-need statistics", () => {
    fc.assert(
      fc.property(fc.integer({ min: 2000 * 12, max: 2100 * 12 }), (index) => {
        const period = addMonths("2000-01", index - 2000 * 12);
        expect(latestPublishedYear(period, CHILDREN_IN_NEED_SCHEDULE)).toBe(
          latestPublishedReportingYear(period),
        );
      }),
    );
  });

  it("never shows a year before the month it was published", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1200 }), fc.boolean(), (offset, workforce) => {
        const schedule = workforce ? WORKFORCE_SCHEDULE : CHILDREN_IN_NEED_SCHEDULE;
        const period = addMonths("2010-01", offset);
        const year = latestPublishedYear(period, schedule);
        expect(publishedFrom(year, schedule) <= period).toBe(true);
        expect(publishedFrom(year + 1, schedule) > period).toBe(true);
      }),
    );
  });
});

describe("financialYearOfReportingYear", () => {
  it("labels years as council papers do", () => {
    expect(financialYearOfReportingYear(2016)).toBe("2015-16");
    expect(financialYearOfReportingYear(2000)).toBe("1999-00");
  });
});

describe("year labels", () => {
  it("labels March years and September snapshots", async () => {
    const { longYearLabel, shortYearLabel } = await import("./publication-schedule.ts");
    expect(shortYearLabel("year_ending_march", 2025)).toBe("2024-25");
    expect(longYearLabel("year_ending_march", 2025)).toBe("year ending March 2025");
    expect(shortYearLabel("snapshot_september", 2025)).toBe("Sep 2025");
    expect(longYearLabel("snapshot_september", 2025)).toBe("30 September 2025");
  });
});
