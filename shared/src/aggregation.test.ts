import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  baselineValue,
  combineSnapshotCounts,
  measureValue,
  percent,
  ratePer10k,
  ratioOfSums,
  type SeriesPoint,
  weightedMean,
} from "./aggregation.ts";
import { previousMonths } from "./periods.ts";

describe("ratios and rates", () => {
  it("December 2017 re-referrals: 268 / 1234 = 21.72%", () => {
    expect(percent(268, 1234)).toBeCloseTo(21.718, 3);
  });

  it("CP plans per 10,000 in East, Dec 2017: 282 / 107,112 × 10,000 ≈ 26.3", () => {
    expect(ratePer10k(282, 107_112)).toBeCloseTo(26.33, 2);
  });

  it("children in care per 10,000 in South: 609 / 69,198 × 10,000 ≈ 88.0", () => {
    expect(ratePer10k(609, 69_198)).toBeCloseTo(88.01, 2);
  });

  it("a zero denominator gives null, not Infinity or NaN", () => {
    expect(percent(0, 0)).toBeNull();
    expect(ratePer10k(5, 0)).toBeNull();
    expect(ratioOfSums([]).value).toBeNull();
  });

  it("combines districts as a ratio of sums, not an average of percentages", () => {
    // 10/100 = 10% and 90/300 = 30%: the city is 100/400 = 25%, not (10% + 30%) / 2 = 20%.
    const city = ratioOfSums([
      { numerator: 10, denominator: 100 },
      { numerator: 90, denominator: 300 },
    ]);
    expect(city).toEqual({ numerator: 100, denominator: 400, value: 0.25 });
    expect(() => ratioOfSums([{ numerator: Number.NaN, denominator: 1 }])).toThrow(RangeError);
  });

  it("the ratio of sums equals the denominator-weighted mean of the ratios", () => {
    const part = fc.record({
      numerator: fc.integer({ min: 0, max: 10_000 }),
      denominator: fc.integer({ min: 1, max: 10_000 }),
    });
    fc.assert(
      fc.property(fc.array(part, { minLength: 1, maxLength: 30 }), (parts) => {
        const weighted = weightedMean(
          parts.map((p) => ({ value: p.numerator / p.denominator, weight: p.denominator })),
        );
        const pooled = ratioOfSums(parts).value;
        expect(pooled).not.toBeNull();
        expect(Math.abs((pooled ?? 0) - (weighted ?? Number.NaN))).toBeLessThanOrEqual(
          1e-12 * Math.max(1, pooled ?? 0),
        );
      }),
    );
  });
});

describe("combineSnapshotCounts and weightedMean", () => {
  it("sums districts' month-end counts; a missing district means no total", () => {
    expect(combineSnapshotCounts([282, 350, 410])).toBe(1042);
    expect(combineSnapshotCounts([282, null, 410])).toBeNull();
    expect(combineSnapshotCounts([])).toBeNull();
  });

  it("weights values, and gives null when there is no weight", () => {
    expect(
      weightedMean([
        { value: 15, weight: 30 },
        { value: 20, weight: 10 },
      ]),
    ).toBe(16.25);
    expect(weightedMean([])).toBeNull();
    expect(weightedMean([{ value: 3, weight: 0 }])).toBeNull();
    expect(() => weightedMean([{ value: 3, weight: -1 }])).toThrow(RangeError);
  });
});

describe("measureValue", () => {
  it("scales ratios by unit", () => {
    const ratio = { measureKind: "ratio", value: null } as const;
    expect(measureValue({ ...ratio, unit: "percent", numerator: 268, denominator: 1234 })).toBeCloseTo(
      21.718,
      3,
    );
    expect(measureValue({ ...ratio, unit: "rate_per_10k", numerator: 609, denominator: 69_198 })).toBeCloseTo(
      88.01,
      2,
    );
    expect(measureValue({ ...ratio, unit: "days", numerator: 300, denominator: 12 })).toBe(25);
    expect(measureValue({ ...ratio, unit: "percent", numerator: 3, denominator: 0 })).toBeNull();
  });

  it("falls back to a published value for a ratio without parts", () => {
    expect(
      measureValue({
        measureKind: "ratio",
        unit: "percent",
        numerator: null,
        denominator: null,
        value: 21.7,
      }),
    ).toBe(21.7);
    expect(
      measureValue({ measureKind: "ratio", unit: "percent", numerator: 5, denominator: null, value: null }),
    ).toBeNull();
  });

  it("takes the value, or else the numerator, for snapshot counts and means", () => {
    expect(
      measureValue({
        measureKind: "snapshot_count",
        unit: "count",
        numerator: 282,
        denominator: 107_112,
        value: null,
      }),
    ).toBe(282);
    expect(
      measureValue({ measureKind: "mean", unit: "number", numerator: null, denominator: 40, value: 15 }),
    ).toBe(15);
    expect(
      measureValue({ measureKind: "mean", unit: "number", numerator: null, denominator: null, value: null }),
    ).toBeNull();
  });
});

/** Six months of re-referrals before Dec-17 (Jun-17 .. Nov-17), and Dec-17 itself. */
const REFERRALS: SeriesPoint[] = [
  { period: "2017-06", numerator: 250, denominator: 1000, value: null },
  { period: "2017-07", numerator: 240, denominator: 1200, value: null },
  { period: "2017-08", numerator: 260, denominator: 1100, value: null },
  { period: "2017-09", numerator: 300, denominator: 1300, value: null },
  { period: "2017-10", numerator: 280, denominator: 1150, value: null },
  { period: "2017-11", numerator: 270, denominator: 1250, value: null },
  { period: "2017-12", numerator: 268, denominator: 1234, value: null },
];
const SIX_MONTHS = ["2017-06", "2017-07", "2017-08", "2017-09", "2017-10", "2017-11"];
const ratioBaseline = {
  series: REFERRALS,
  period: "2017-12",
  measureKind: "ratio",
  unit: "percent",
} as const;

describe("baselineValue: ratio measures", () => {
  it("previous 6 months average is the ratio of the sums (= average numerator / average denominator)", () => {
    // Σ numerators 1600, Σ denominators 7000 → 22.857%; averages 266.67 / 1166.67.
    const baseline = baselineValue({ ...ratioBaseline, kind: "previous_6_months_average" });
    expect(baseline.value).toBeCloseTo((1600 / 7000) * 100, 10);
    expect(baseline.numerator).toBeCloseTo(1600 / 6, 10);
    expect(baseline.denominator).toBeCloseTo(7000 / 6, 10);
    expect(baseline.months).toEqual(SIX_MONTHS);
    expect(baseline.complete).toBe(true);
    // Not the mean of the six monthly percentages (22.79...).
    const meanOfPercents =
      REFERRALS.slice(0, 6).reduce((s, r) => s + (r.numerator ?? 0) / (r.denominator ?? 1), 0) / 6;
    expect(baseline.value).not.toBeCloseTo(meanOfPercents * 100, 6);
  });

  it("previous 6 months cumulative has the same value, with summed parts", () => {
    const baseline = baselineValue({ ...ratioBaseline, kind: "previous_6_months_cumulative" });
    expect(baseline).toMatchObject({
      numerator: 1600,
      denominator: 7000,
      months: SIX_MONTHS,
      complete: true,
    });
    expect(baseline.value).toBeCloseTo(22.857142857, 8);
  });

  it("rolling 12 months ends at the month and says when months are missing", () => {
    const baseline = baselineValue({ ...ratioBaseline, kind: "rolling_12_months" });
    expect(baseline.numerator).toBe(1868);
    expect(baseline.denominator).toBe(8234);
    expect(baseline.months).toEqual([...SIX_MONTHS, "2017-12"]);
    expect(baseline.missingMonths).toEqual(["2017-01", "2017-02", "2017-03", "2017-04", "2017-05"]);
    expect(baseline.complete).toBe(false);
  });

  it("uses what exists when a month is missing or lacks a denominator", () => {
    const gappy = REFERRALS.filter((r) => r.period !== "2017-08").map((r) =>
      r.period === "2017-09" ? { ...r, denominator: null } : r,
    );
    const baseline = baselineValue({ ...ratioBaseline, series: gappy, kind: "previous_6_months_average" });
    expect(baseline.months).toEqual(["2017-06", "2017-07", "2017-10", "2017-11"]);
    expect(baseline.missingMonths).toEqual(["2017-08", "2017-09"]);
    expect(baseline.complete).toBe(false);
    expect(baseline.value).toBeCloseTo((1040 / 4600) * 100, 10);
  });

  it("a fixed month is that month's figure", () => {
    const baseline = baselineValue({ ...ratioBaseline, kind: "fixed_month", fixedMonth: "2017-09" });
    expect(baseline).toMatchObject({
      numerator: 300,
      denominator: 1300,
      months: ["2017-09"],
      complete: true,
    });
    expect(baseline.value).toBeCloseTo((300 / 1300) * 100, 10);
    const absent = baselineValue({ ...ratioBaseline, kind: "fixed_month", fixedMonth: "2017-03" });
    expect(absent).toMatchObject({ value: null, months: [], missingMonths: ["2017-03"], complete: false });
  });

  it("no baseline, or no data at all, gives nulls", () => {
    expect(baselineValue({ ...ratioBaseline, kind: "none" })).toEqual({
      value: null,
      numerator: null,
      denominator: null,
      months: [],
      missingMonths: [],
      complete: true,
    });
    expect(
      baselineValue({ ...ratioBaseline, series: [], kind: "previous_6_months_average" }).value,
    ).toBeNull();
  });

  it("rejects a fixed_month baseline without its month, bad periods, and repeated months", () => {
    expect(() => baselineValue({ ...ratioBaseline, kind: "fixed_month" })).toThrow(/fixedMonth/);
    expect(() => baselineValue({ ...ratioBaseline, period: "Dec-17", kind: "none" })).toThrow(/Dec-17/);
    const repeated = [...REFERRALS, { period: "2017-06", numerator: 1, denominator: 2, value: null }];
    expect(() => baselineValue({ ...ratioBaseline, series: repeated, kind: "rolling_12_months" })).toThrow(
      /2017-06/,
    );
  });
});

describe("baselineValue: counts and means", () => {
  const counts: SeriesPoint[] = previousMonths("2017-12", 6).map((period, i) => ({
    period,
    numerator: null,
    denominator: null,
    value: 600 + i * 2,
  }));
  const countBaseline = {
    series: counts,
    period: "2017-12",
    measureKind: "snapshot_count",
    unit: "count",
  } as const;

  it("the 6-month average of a count is the plain mean; the cumulative is the sum", () => {
    expect(baselineValue({ ...countBaseline, kind: "previous_6_months_average" }).value).toBe(605);
    expect(baselineValue({ ...countBaseline, kind: "previous_6_months_cumulative" }).value).toBe(3630);
  });

  it("a mean measure's cumulative baseline is the plain mean (a sum of averages means nothing)", () => {
    const baseline = baselineValue({
      ...countBaseline,
      measureKind: "mean",
      unit: "number",
      kind: "previous_6_months_cumulative",
    });
    expect(baseline).toMatchObject({ value: 605, numerator: null, denominator: null, complete: true });
  });
});
