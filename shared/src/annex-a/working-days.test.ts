import { describe, expect, it } from "vitest";
import { englandBankHolidays, isWorkingDay, workingDaysBetween } from "./working-days.ts";

describe("workingDaysBetween (start is day 0)", () => {
  it("counts nothing for the same day and one for the next working day", () => {
    expect(workingDaysBetween("2017-12-04", "2017-12-04")).toBe(0);
    expect(workingDaysBetween("2017-12-04", "2017-12-05")).toBe(1);
  });

  it("skips the weekend: Friday to Monday is one working day", () => {
    expect(workingDaysBetween("2017-12-01", "2017-12-04")).toBe(1);
  });

  it("treats a weekend start as day 0: Saturday to Monday is one", () => {
    expect(workingDaysBetween("2017-12-02", "2017-12-04")).toBe(1);
  });

  it("skips Good Friday and Easter Monday 2017", () => {
    // Mon 10 Apr → Tue 18 Apr: Tue 11 (1), Wed 12 (2), Thu 13 (3), Fri 14 Good Friday, Sat, Sun,
    // Mon 17 Easter Monday, Tue 18 (4).
    expect(workingDaysBetween("2017-04-10", "2017-04-18")).toBe(4);
  });

  it("skips Christmas 2016 with its substitute day and New Year's substitute day 2017", () => {
    // Fri 23 Dec → Tue 3 Jan: Sat 24, Sun 25, Mon 26 Boxing Day, Tue 27 Christmas (substitute),
    // Wed 28 (1), Thu 29 (2), Fri 30 (3), Sat 31, Sun 1, Mon 2 New Year (substitute), Tue 3 (4).
    expect(workingDaysBetween("2016-12-23", "2017-01-03")).toBe(4);
  });

  it("puts the 45th working day nine weeks on when no holiday falls between", () => {
    // Mon 2 Oct 2017 + 9 whole weeks = Mon 4 Dec 2017, 45 working days; no bank holiday in between.
    expect(workingDaysBetween("2017-10-02", "2017-12-04")).toBe(45);
    expect(workingDaysBetween("2017-10-02", "2017-12-05")).toBe(46);
  });

  it("moves the 45th working day three days later across Christmas 2017 and New Year 2018", () => {
    // Mon 6 Nov 2017 + 9 weeks = Mon 8 Jan 2018 would be day 45, but Mon 25 Dec, Tue 26 Dec and
    // Mon 1 Jan are bank holidays, so Mon 8 Jan is day 42 and Thu 11 Jan is day 45.
    expect(workingDaysBetween("2017-11-06", "2018-01-08")).toBe(42);
    expect(workingDaysBetween("2017-11-06", "2018-01-11")).toBe(45);
    expect(workingDaysBetween("2017-11-06", "2018-01-12")).toBe(46);
  });

  it("refuses an end before the start", () => {
    expect(() => workingDaysBetween("2017-12-05", "2017-12-04")).toThrow(RangeError);
  });
});

describe("England's bank holidays", () => {
  it("are 2017's eight weekday bank holidays, and not Easter Sunday or Mother's Day", () => {
    const weekdayHolidays = [...englandBankHolidays(2017)].filter((date) => date !== "2017-01-01").sort();
    // New Year's Day 2017 was a Sunday (kept in the list, a weekend anyway); Monday 2 January replaced it.
    expect(weekdayHolidays).toEqual([
      "2017-01-02",
      "2017-04-14",
      "2017-04-17",
      "2017-05-01",
      "2017-05-29",
      "2017-08-28",
      "2017-12-25",
      "2017-12-26",
    ]);
    expect(weekdayHolidays.every((date) => !isWorkingDay(date))).toBe(true);
    expect(englandBankHolidays(2017).has("2017-04-16")).toBe(false); // Easter Sunday is an observance
    expect(isWorkingDay("2017-03-27")).toBe(true); // the Monday after Mother's Day
  });

  it("include one-off days: the 2022 jubilee and the 2023 coronation", () => {
    expect(isWorkingDay("2022-06-03")).toBe(false);
    expect(isWorkingDay("2023-05-08")).toBe(false);
    expect(isWorkingDay("2023-05-09")).toBe(true);
  });
});
