import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { spcAssurance, type XmrChart, type XmrChartOptions, xmrChart } from "./xmr-chart.ts";

/**
 * R's `set.seed(123); rnorm(20)`, the data of NHSRplotthedots' tests
 * (github.com/nhs-r-community/NHSRplotthedots, tests/testthat/test-ptd_spc.R and test-ptd_spc_standard.R).
 */
const RNORM_SEED_123 = [
  -0.56047565, -0.23017749, 1.55870831, 0.07050839, 0.12928774, 1.71506499, 0.46091621, -1.26506123,
  -0.68685285, -0.44566197, 1.2240818, 0.35981383, 0.40077145, 0.11068272, -0.55584113, 1.78691314,
  0.49785048, -1.96661716, 0.7013559, -0.47279141,
];

const flagged = (chart: XmrChart) => chart.points.flatMap((p, i) => (p.specialCause === null ? [] : [i]));

describe("xmrChart: NHSRplotthedots reference examples", () => {
  it("reproduces tests/testthat/_snaps/ptd_spc_standard.md, r1 (20 values, screened)", () => {
    const chart = xmrChart(RNORM_SEED_123);
    expect(chart.mean).toBeCloseTo(0.1416238, 7);
    expect(chart.lowerProcessLimit).toBeCloseTo(-3.01138, 5);
    expect(chart.upperProcessLimit).toBeCloseTo(3.294627, 6);
    // _snaps/ptd_spc.md: common_cause 20, special_cause_improvement 0.
    expect(flagged(chart)).toEqual([]);
    expect(chart.variation).toBe("common_cause");
    expect(chart.trial).toBe(false);
  });

  it("reproduces _snaps/ptd_spc.md with facets (each half of the 20 values)", () => {
    const first = xmrChart(RNORM_SEED_123.slice(0, 10));
    expect(first.mean).toBeCloseTo(0.0746, 4);
    expect(first.lowerProcessLimit).toBeCloseTo(-2.6, 2);
    expect(first.upperProcessLimit).toBeCloseTo(2.75, 2);
    const second = xmrChart(RNORM_SEED_123.slice(10));
    expect(second.mean).toBeCloseTo(0.209, 3);
    expect(second.lowerProcessLimit).toBeCloseTo(-3.28, 2);
    expect(second.upperProcessLimit).toBeCloseTo(3.7, 2);
    expect([...flagged(first), ...flagged(second)]).toEqual([]);
    expect(first.trial && second.trial).toBe(true);
  });

  it("reproduces _snaps/ptd_spc_standard.md r2 and r3: value 15 set to 10, with and without screening", () => {
    const withOutlier = RNORM_SEED_123.map((v, i) => (i === 14 ? 10 : v));
    const screened = xmrChart(withOutlier);
    expect(screened.mean).toBeCloseTo(0.6694159, 7);
    expect(screened.lowerProcessLimit).toBeCloseTo(-2.383666, 6);
    expect(screened.upperProcessLimit).toBeCloseTo(3.722497, 6);
    const unscreened = xmrChart(withOutlier, { screenOutliers: false });
    expect(unscreened.lowerProcessLimit).toBeCloseTo(-4.596625, 6);
    expect(unscreened.upperProcessLimit).toBeCloseTo(5.935457, 6);
    for (const chart of [screened, unscreened]) {
      expect(flagged(chart)).toEqual([14]);
      expect(chart.points[14]).toEqual({ value: 10, specialCause: "improvement", rules: ["outside_limits"] });
    }
  });

  it("reproduces test-ptd_spc_standard.R: two points near opposite limits are common cause", () => {
    // 1, -1 alternating for 16 points, then point 15 = 5.5 and point 16 = -5.5.
    // By hand: mean 0; moving ranges 13 × 2, 6.5, 11 → mR̄ 43.5 / 15 = 2.9; 11 > 3.267 × 2.9 = 9.47 is
    // screened, so mR̄ = 32.5 / 14 = 2.3214; limits ±6.175; two sigma ±4.1167.
    const values = [1, -1, 1, -1, 1, -1, 1, -1, 1, -1, 1, -1, 1, -1, 5.5, -5.5];
    const chart = xmrChart(values);
    expect(chart.mean).toBeCloseTo(0, 12);
    expect(chart.movingRangeMean).toBeCloseTo(32.5 / 14, 12);
    expect(chart.upperProcessLimit).toBeCloseTo(6.175, 12);
    expect(chart.points.slice(-2).map((p) => p.specialCause)).toEqual([null, null]);
    expect(chart.variation).toBe("common_cause");
  });

  it("reproduces vignettes/deviations.Rmd: an outlier, screened (package default) and unscreened (Excel)", () => {
    // By hand: 18 values summing to 35 → mean 1.9444; moving ranges 15 × 1, 8 and 9 → mR̄ 32/17 = 1.882.
    // Screened: 8 and 9 exceed 3.267 × 1.882 = 6.15, so mR̄ = 1, limits 1.9444 ± 2.66.
    // Unscreened (the MDC Excel tools): limits 1.9444 ± 2.66 × 32/17 = -3.0626 .. 6.9515.
    const values = [1, 2, 1, 2, 10, 1, 2, 1, 2, 1, 2, 1, 2, 1, 2, 1, 2, 1];
    const screened = xmrChart(values);
    expect(screened.mean).toBeCloseTo(35 / 18, 12);
    expect(screened.movingRangeMean).toBe(1);
    expect(screened.upperProcessLimit).toBeCloseTo(4.6044, 4);
    expect(screened.lowerProcessLimit).toBeCloseTo(-0.7156, 4);
    const excel = xmrChart(values, { screenOutliers: false });
    expect(excel.movingRangeMean).toBeCloseTo(32 / 17, 12);
    expect(excel.upperProcessLimit).toBeCloseTo(6.9515, 4);
    expect(excel.lowerProcessLimit).toBeCloseTo(-3.0626, 4);
    expect(flagged(screened)).toEqual([4]);
    expect(flagged(excel)).toEqual([4]);
  });

  it("reproduces tests/testthat/test-ptd_calculate_assurance_type.R", () => {
    const cases = [
      { lowerProcessLimit: 1, upperProcessLimit: 3, target: 4 },
      { lowerProcessLimit: 5, upperProcessLimit: 7, target: 4 },
      { lowerProcessLimit: 1, upperProcessLimit: 5, target: 4 },
    ];
    expect(cases.map((c) => spcAssurance({ ...c, improvement: "increase" }))).toEqual([
      "fail",
      "pass",
      "inconsistent",
    ]);
    expect(cases.map((c) => spcAssurance({ ...c, improvement: "decrease" }))).toEqual([
      "pass",
      "fail",
      "inconsistent",
    ]);
    expect(cases.map((c) => spcAssurance({ ...c, improvement: "neutral" }))).toEqual([null, null, null]);
    expect(
      spcAssurance({ lowerProcessLimit: 1, upperProcessLimit: 3, target: null, improvement: "increase" }),
    ).toBe(null);
  });
});

describe("xmrChart: colours and rules", () => {
  it("c(0:7, 6:1) (NHSRplotthedots issue #200): limits first, then trends by their direction", () => {
    // Mean 3.5, mR̄ 1, limits 0.84 .. 6.16. 0 and 7 are beyond the limits; 0..7 rises and 7..1 falls.
    const chart = xmrChart([0, 1, 2, 3, 4, 5, 6, 7, 6, 5, 4, 3, 2, 1]);
    expect(chart.mean).toBe(3.5);
    expect(chart.points.map((p) => p.specialCause)).toEqual([
      "concern",
      ...Array(6).fill("improvement"),
      "improvement",
      ...Array(6).fill("concern"),
    ]);
    expect(chart.points[0]?.rules).toEqual(["outside_limits", "trend", "two_of_three_beyond_two_sigma"]);
    // 4, 5, 6, 7, 6, 5, 4 are seven points above the mean: also a shift, outranked by the trends.
    expect(chart.points[10]?.rules).toEqual(["trend", "shift"]);
    expect(chart.variation).toBe("special_cause_concern");
  });

  it("colours by improvement direction: decrease swaps, neutral is neutral", () => {
    const values = [0, 1, 2, 3, 4, 5, 6, 7, 6, 5, 4, 3, 2, 1];
    expect(xmrChart(values, { improvement: "decrease" }).points[0]?.specialCause).toBe("improvement");
    const neutral = xmrChart(values, { improvement: "neutral", target: 3 });
    expect(new Set(neutral.points.map((p) => p.specialCause))).toEqual(new Set(["neutral"]));
    expect(neutral.variation).toBe("special_cause_neutral");
    expect(neutral.assurance).toBeNull();
  });

  it("flags every point of a long shift, and a run of 6 only with runLength 6", () => {
    // Mean 38 / 16 = 2.375, mR̄ 39 / 15 = 2.6, limits -4.541 .. 9.291: six 3s above the mean, then 0, 4...
    const values = [3, 3, 3, 3, 3, 3, 0, 4, 0, 4, 0, 4, 0, 4, 0, 4];
    expect(xmrChart(values).mean).toBe(2.375);
    expect(xmrChart(values).upperProcessLimit).toBeCloseTo(9.291, 12);
    expect(flagged(xmrChart(values))).toEqual([]);
    const six = xmrChart(values, { runLength: 6 });
    expect(flagged(six)).toEqual([0, 1, 2, 3, 4, 5]);
    expect(six.points.slice(0, 6).map((p) => p.rules)).toEqual(Array(6).fill(["shift"]));
    expect(six.points[0]?.specialCause).toBe("improvement");
    // Eight 3s: a shift of 7 flags all eight.
    expect(flagged(xmrChart([3, 3, 3, 3, 3, 3, 3, 3, 0, 4, 0, 4, 0, 4, 0, 4, 0, 4]))).toEqual([
      0, 1, 2, 3, 4, 5, 6, 7,
    ]);
  });

  it("a point exactly on the mean breaks a shift", () => {
    // Mean is 0; seven points above it, but the fourth sits on the mean.
    const chart = xmrChart([1, 1, 1, 0, 1, 1, 1, 1, -7]);
    expect(chart.mean).toBe(0);
    expect(chart.points.some((p) => p.rules.includes("shift"))).toBe(false);
  });

  it("two of three beyond two sigma flags those two points, not the one between", () => {
    // Baseline 0, 1 alternating: mean 0.5, mR̄ 1, two sigma 0.5 ± 1.773, upper limit 3.16.
    const values = [0, 1, 0, 1, 0, 1, 0, 1, 0, 1, 0, 1, 2.5, 0.5, 2.5];
    const chart = xmrChart(values, { baselinePoints: 12 });
    expect(chart.upperProcessLimit).toBeCloseTo(3.16, 12);
    expect(chart.points.slice(-3).map((p) => p.rules)).toEqual([
      ["two_of_three_beyond_two_sigma"],
      [],
      ["two_of_three_beyond_two_sigma"],
    ]);
    expect(chart.variation).toBe("special_cause_improvement");
  });

  it("baselinePoints fixes mean and limits on the first values and judges later ones against them", () => {
    const baseline = [10, 12, 10, 12, 10, 12, 10, 12, 10, 12, 10, 12];
    const chart = xmrChart([...baseline, 30], { baselinePoints: 12, improvement: "decrease", target: 20 });
    expect(chart.mean).toBe(11);
    expect(chart.movingRangeMean).toBe(2);
    expect(chart.upperProcessLimit).toBeCloseTo(16.32, 12);
    expect(chart.points.at(-1)?.specialCause).toBe("concern");
    expect(chart.variation).toBe("special_cause_concern");
    expect(chart.assurance).toBe("pass");
    expect(chart.trial).toBe(false);
    expect(xmrChart([...baseline, 30], { baselinePoints: 6 }).trial).toBe(true);
  });

  it("assurance: target within the limits is inconsistent; beyond on the passing side is fail", () => {
    const values = [10, 12, 10, 12, 10, 12, 10, 12, 10, 12, 10, 12];
    expect(xmrChart(values, { target: 11 }).assurance).toBe("inconsistent");
    expect(xmrChart(values, { target: 20 }).assurance).toBe("fail");
    expect(xmrChart(values, { target: 2 }).assurance).toBe("pass");
    expect(xmrChart(values).assurance).toBeNull();
  });
});

describe("xmrChart: small and invalid series", () => {
  it("an empty series has no statistics", () => {
    expect(xmrChart([])).toEqual({
      mean: null,
      movingRangeMean: null,
      upperProcessLimit: null,
      lowerProcessLimit: null,
      points: [],
      variation: null,
      assurance: null,
      trial: true,
    });
  });

  it("a single value has a mean but no limits, and nothing is judged", () => {
    expect(xmrChart([42], { target: 40 })).toEqual({
      mean: 42,
      movingRangeMean: null,
      upperProcessLimit: null,
      lowerProcessLimit: null,
      points: [{ value: 42, specialCause: null, rules: [] }],
      variation: null,
      assurance: null,
      trial: true,
    });
  });

  it("a flat series has zero-width limits and flags nothing", () => {
    const chart = xmrChart([3, 3, 3, 3, 3, 3, 3, 3]);
    expect(chart.upperProcessLimit).toBe(3);
    expect(flagged(chart)).toEqual([]);
    expect(chart.variation).toBe("common_cause");
  });

  it("rejects bad input with a clear error", () => {
    expect(() => xmrChart([1, Number.NaN])).toThrow(/values\[1\]/);
    expect(() => xmrChart([1, 2], { baselinePoints: 0 })).toThrow(RangeError);
    expect(() => xmrChart([1, 2], { runLength: 5 as 6 })).toThrow(RangeError);
    expect(() => xmrChart([1, 2], { target: Number.POSITIVE_INFINITY })).toThrow(RangeError);
  });
});

describe("xmrChart: properties", () => {
  const series = fc.array(fc.integer({ min: -100, max: 100 }), { minLength: 2, maxLength: 30 });
  const options: fc.Arbitrary<XmrChartOptions> = fc.record({
    improvement: fc.constantFrom("increase", "decrease", "neutral"),
    runLength: fc.constantFrom(6, 7),
    screenOutliers: fc.boolean(),
    baselinePoints: fc.option(fc.integer({ min: 2, max: 30 }), { nil: undefined }),
  });
  const flags = (chart: XmrChart) => chart.points.map((p) => [p.specialCause, p.rules]);
  const close = (a: number | null, b: number | null, magnitude: number) => {
    expect(a).not.toBeNull();
    expect(b).not.toBeNull();
    expect(Math.abs((a ?? 0) - (b ?? 0))).toBeLessThanOrEqual(1e-9 * Math.max(1, magnitude));
  };

  it("shifting every value by a constant shifts mean and limits by it and flags the same points", () => {
    fc.assert(
      fc.property(series, fc.integer({ min: -1000, max: 1000 }), options, (values, shift, opts) => {
        const base = xmrChart(values, opts);
        const moved = xmrChart(
          values.map((v) => v + shift),
          opts,
        );
        const magnitude = 1100;
        close(moved.mean, (base.mean ?? 0) + shift, magnitude);
        close(moved.upperProcessLimit, (base.upperProcessLimit ?? 0) + shift, magnitude);
        close(moved.lowerProcessLimit, (base.lowerProcessLimit ?? 0) + shift, magnitude);
        expect(flags(moved)).toEqual(flags(base));
        expect(moved.variation).toBe(base.variation);
      }),
    );
  });

  it("scaling every value by a positive constant scales the limits and flags the same points", () => {
    fc.assert(
      fc.property(
        series,
        fc.double({ min: 0.001, max: 1000, noNaN: true, noDefaultInfinity: true }),
        options,
        (values, factor, opts) => {
          const base = xmrChart(values, opts);
          const scaled = xmrChart(
            values.map((v) => v * factor),
            opts,
          );
          const magnitude = 100 * factor;
          close(scaled.mean, (base.mean ?? 0) * factor, magnitude);
          close(scaled.upperProcessLimit, (base.upperProcessLimit ?? 0) * factor, magnitude * 4);
          close(scaled.lowerProcessLimit, (base.lowerProcessLimit ?? 0) * factor, magnitude * 4);
          expect(flags(scaled)).toEqual(flags(base));
        },
      ),
    );
  });
});
