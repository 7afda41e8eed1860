import { fc, test } from "@fast-check/vitest";
import { describe, expect, it } from "vitest";
import type { AssessmentRow } from "./annex-a-rows.ts";
import { computeAssessmentsInTimescale, computeChildrenSeenAtAssessment } from "./compute-assessments.ts";
import { dateOfDayNumber, dayNumber } from "./compute-calendar.ts";
import { percentFigures } from "./compute-figure.ts";

let nextRow = 2;
const assessment = (
  childId: string,
  startDate: string,
  authorisedDate: string | null,
  childSeen: boolean | null = true,
): AssessmentRow => ({
  source: { sheet: "List 4", row: nextRow++ },
  childId,
  startDate,
  authorisedDate,
  childSeen,
  allocatedTeam: "East A",
  allocatedWorker: "W1",
});
const areaOf = (team: string | null) => (team === "East A" ? "east" : null);

describe("assessments in timescale, hand-worked", () => {
  it("counts 45 working days as in timescale and 46 as out, across Christmas 2017", () => {
    const rows = [
      assessment("A", "2017-10-02", "2017-12-04"), // Mon 2 Oct → Mon 4 Dec: 45 working days, in
      assessment("B", "2017-10-02", "2017-12-05"), // 46, out
      assessment("C", "2017-11-06", "2017-12-28"), // authorised in December, well inside
      assessment("D", "2017-11-06", "2018-01-11"), // 45 across Christmas, but authorised in January
      assessment("E", "2017-12-10", null), // still open
      assessment("F", "2017-12-20", "2017-12-18"), // authorised before it started: excluded
    ];
    const [city] = percentFigures(
      "assessments-in-timescale",
      computeAssessmentsInTimescale("2017-12", rows),
      areaOf,
      "city",
      [],
      0,
    );
    // December authorisations A, B, C (F excluded) → in timescale A, C → 2/3 = 66.7% → 67.
    expect(city).toMatchObject({ numerator: 2, denominator: 3, value: 67, rowsExcluded: 1 });
    expect(city?.numeratorChildIds).toEqual(["A", "C"]);
    expect(city?.exclusions[0]?.reason).toMatch(/before it started/);
  });

  it("counts the January case across Christmas and New Year in January", () => {
    const rows = [assessment("D", "2017-11-06", "2018-01-11"), assessment("G", "2017-11-06", "2018-01-12")];
    const [city] = percentFigures(
      "assessments-in-timescale",
      computeAssessmentsInTimescale("2018-01", rows),
      areaOf,
      "city",
      [],
      0,
    );
    // D: 45 working days (25, 26 Dec and 1 Jan skipped), in; G: 46, out → 1/2 = 50%.
    expect(city).toMatchObject({ numerator: 1, denominator: 2, value: 50 });
  });

  it("counts Easter 2017 out of the working days", () => {
    // Start Mon 13 Feb 2017; 45 working days would be Mon 17 Apr without Easter; with Good Friday 14 Apr
    // and Easter Monday 17 Apr skipped, Tue 18 Apr is day 44 and Wed 19 Apr day 45.
    const rows = [assessment("H", "2017-02-13", "2017-04-19"), assessment("I", "2017-02-13", "2017-04-20")];
    const outcome = computeAssessmentsInTimescale("2017-04", rows);
    expect(outcome.counted.map((row) => [row.childId, row.inNumerator])).toEqual([
      ["H", true],
      ["I", false],
    ]);
  });

  it("excludes a blank 'child seen' from children seen, and excludes duplicate rows", () => {
    const rows = [
      assessment("A", "2017-11-01", "2017-12-01", true),
      assessment("B", "2017-11-01", "2017-12-01", false),
      assessment("C", "2017-11-01", "2017-12-01", null),
      assessment("A", "2017-11-01", "2017-12-01", true),
    ];
    const [city] = percentFigures(
      "children-seen-at-assessment",
      computeChildrenSeenAtAssessment("2017-12", rows),
      areaOf,
      "city",
      [],
      0,
    );
    // Counted A, B (C blank, A's second row a duplicate) → seen A → 1/2 = 50%.
    expect(city).toMatchObject({ numerator: 1, denominator: 2, value: 50, rowsExcluded: 2 });
  });
});

/** The naive check: walk the calendar a day at a time, skipping weekends and a hard-coded holiday list. */
const HOLIDAYS_2017_18 = new Set([
  "2017-04-14",
  "2017-04-17",
  "2017-05-01",
  "2017-05-29",
  "2017-08-28",
  "2017-12-25",
  "2017-12-26",
  "2018-01-01",
  "2018-03-30",
  "2018-04-02",
]);
function naiveWorkingDays(start: string, end: string): number {
  let count = 0;
  for (let day = dayNumber(start) + 1; day <= dayNumber(end); day++) {
    const date = dateOfDayNumber(day);
    const weekday = new Date(`${date}T00:00:00Z`).getUTCDay();
    if (weekday !== 0 && weekday !== 6 && !HOLIDAYS_2017_18.has(date)) count++;
  }
  return count;
}

const assessmentsArbitrary = fc.array(
  fc.record({
    start: fc.integer({ min: dayNumber("2017-09-01"), max: dayNumber("2017-12-31") }),
    length: fc.integer({ min: 0, max: 120 }),
    seen: fc.constantFrom(true, false, null),
  }),
  { maxLength: 40 },
);

describe("assessments, properties", () => {
  test.prop([assessmentsArbitrary])("agree with a naive day-by-day count", (items) => {
    const rows = items.map((item, i) => ({
      ...assessment(
        `C${i}`,
        dateOfDayNumber(item.start),
        dateOfDayNumber(item.start + item.length),
        item.seen,
      ),
      source: { sheet: "List 4", row: i + 2 },
    }));
    const outcome = computeAssessmentsInTimescale("2017-12", rows);
    const inMonth = rows.filter((row) => row.authorisedDate?.startsWith("2017-12"));
    expect(outcome.counted.length).toBe(inMonth.length);
    const inside = inMonth.filter(
      (row) => naiveWorkingDays(row.startDate, row.authorisedDate as string) <= 45,
    );
    expect(
      outcome.counted
        .filter((row) => row.inNumerator)
        .map((row) => row.childId)
        .sort(),
    ).toEqual(inside.map((row) => row.childId).sort());
  });
});
