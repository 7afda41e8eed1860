import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { measureValue } from "./aggregation.ts";
import { combineAreaFigures } from "./area-aggregation.ts";

describe("combineAreaFigures", () => {
  it("combines December 2017 family assessments by area as a ratio of sums", () => {
    // East, NWC, South, DCSC, Other city-wide teams: the city printed 923 of 1,001 (92%).
    const areas = [
      [340, 359],
      [274, 291],
      [270, 294],
      [8, 8],
      [31, 49],
    ].map(([numerator, denominator]) => ({
      numerator: numerator ?? 0,
      denominator: denominator ?? 0,
      value: null,
    }));
    const city = combineAreaFigures("ratio", areas);
    expect(city).toEqual({ numerator: 923, denominator: 1001, value: null });
    if (!city) throw new Error("expected a combined figure");
    const percent = measureValue({ unit: "percent", measureKind: "ratio", ...city });
    expect(Math.round(percent ?? 0)).toBe(92);
  });

  it("adds up month-end counts (December 2017 CP plans: 282 + 312 + 344 + 20 + 14 = 972)", () => {
    const counts = [282, 312, 344, 20, 14].map((n) => ({ numerator: n, denominator: null, value: n }));
    expect(combineAreaFigures("snapshot_count", counts)).toEqual({
      numerator: 972,
      denominator: null,
      value: 972,
    });
  });

  it("weights means by their denominators and refuses unweighted means", () => {
    const teams = [
      { numerator: null, denominator: 10, value: 20 },
      { numerator: null, denominator: 30, value: 12 },
    ];
    expect(combineAreaFigures("mean", teams)?.value).toBeCloseTo(14, 10);
    expect(combineAreaFigures("mean", [{ numerator: null, denominator: null, value: 20 }])).toBeNull();
  });

  it("gives nothing rather than a short total when a child is missing", () => {
    expect(
      combineAreaFigures("ratio", [
        { numerator: 1, denominator: 2, value: null },
        { numerator: null, denominator: 3, value: null },
      ]),
    ).toBeNull();
    expect(
      combineAreaFigures("snapshot_count", [{ numerator: null, denominator: null, value: null }]),
    ).toBeNull();
    expect(combineAreaFigures("ratio", [])).toBeNull();
  });

  it("never averages percentages: the combined rate lies between the children's and equals the weighted mean", () => {
    const child = fc.record({
      numerator: fc.integer({ min: 0, max: 500 }),
      extra: fc.integer({ min: 1, max: 500 }),
    });
    fc.assert(
      fc.property(fc.array(child, { minLength: 1, maxLength: 8 }), (items) => {
        const figures = items.map(({ numerator, extra }) => ({
          numerator,
          denominator: numerator + extra,
          value: null,
        }));
        const combined = combineAreaFigures("ratio", figures);
        const rate = (combined?.numerator ?? 0) / (combined?.denominator ?? 1);
        const rates = figures.map((f) => f.numerator / f.denominator);
        const weighted =
          figures.reduce((sum, f) => sum + (f.numerator / f.denominator) * f.denominator, 0) /
          figures.reduce((sum, f) => sum + f.denominator, 0);
        expect(rate).toBeGreaterThanOrEqual(Math.min(...rates) - 1e-12);
        expect(rate).toBeLessThanOrEqual(Math.max(...rates) + 1e-12);
        expect(rate).toBeCloseTo(weighted, 12);
      }),
    );
  });
});
