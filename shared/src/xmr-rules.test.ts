import { describe, expect, it } from "vitest";
import { shiftSignals, trendSignals, twoOfThreeSignals } from "./xmr-rules.ts";

/*
 * Cases reproduced from NHSRplotthedots' unit tests,
 * github.com/nhs-r-community/NHSRplotthedots, tests/testthat/test-ptd_calculate_point_type.R
 * (ptd_seven_point_one_side_mean, ptd_seven_point_trend, ptd_two_in_three, ptd_part_of_two_in_three).
 * The R helpers mark the point that completes a signal and then back-fill the rest; these functions
 * return the back-filled result, so the expectations below are the R results after back-filling.
 */

const abs = (xs: readonly number[]) => xs.map(Math.abs);

describe("shiftSignals (7 points one side of the mean)", () => {
  it("matches NHSRplotthedots: 6 points are not a shift", () => {
    expect(shiftSignals([], 7)).toEqual([]);
    expect(shiftSignals([1, 1, 1, 1, 1, 1], 7)).toEqual([0, 0, 0, 0, 0, 0]);
    expect(shiftSignals([1, 1, 1, 1, 1, 1, -1], 7)).toEqual([0, 0, 0, 0, 0, 0, 0]);
  });

  it("matches NHSRplotthedots: 8 points above then one below flags the 8", () => {
    expect(shiftSignals([1, 1, 1, 1, 1, 1, 1, 1, -1], 7)).toEqual([1, 1, 1, 1, 1, 1, 1, 1, 0]);
    expect(shiftSignals([-1, -1, -1, -1, -1, -1, -1, -1, 1], 7)).toEqual([-1, -1, -1, -1, -1, -1, -1, -1, 0]);
    expect(abs(shiftSignals([-1, 1, 1, 1, 1, 1, 1, 1, 1, -1], 7))).toEqual([0, 1, 1, 1, 1, 1, 1, 1, 1, 0]);
  });

  it("a point on the mean breaks the run", () => {
    expect(shiftSignals([1, 1, 1, 0, 1, 1, 1, 1], 7)).toEqual([0, 0, 0, 0, 0, 0, 0, 0]);
  });

  it("a run of 6 is a shift when runLength is 6", () => {
    expect(shiftSignals([-1, -1, -1, -1, -1, -1, 1], 6)).toEqual([-1, -1, -1, -1, -1, -1, 0]);
  });
});

describe("trendSignals (7 points all rising or all falling)", () => {
  it("matches NHSRplotthedots: 1:6 is too short, c(1:3, 3:6) is broken by the repeat", () => {
    expect(trendSignals([], 7)).toEqual([]);
    expect(trendSignals([1, 2, 3, 4, 5, 6], 7)).toEqual([0, 0, 0, 0, 0, 0]);
    expect(trendSignals([1, 2, 3, 3, 4, 5, 6], 7)).toEqual([0, 0, 0, 0, 0, 0, 0]);
  });

  it("matches NHSRplotthedots: 1:7 and 7:1 are trends, flagged with their direction", () => {
    expect(trendSignals([1, 2, 3, 4, 5, 6, 7], 7)).toEqual([1, 1, 1, 1, 1, 1, 1]);
    expect(trendSignals([7, 6, 5, 4, 3, 2, 1], 7)).toEqual([-1, -1, -1, -1, -1, -1, -1]);
  });

  it("matches NHSRplotthedots: c(2, 1:7, 3) and c(2, 7:1, 3) flag only the trend", () => {
    expect(trendSignals([2, 1, 2, 3, 4, 5, 6, 7, 3], 7)).toEqual([0, 1, 1, 1, 1, 1, 1, 1, 0]);
    expect(trendSignals([2, 7, 6, 5, 4, 3, 2, 1, 3], 7)).toEqual([0, -1, -1, -1, -1, -1, -1, -1, 0]);
  });

  it("a turning point between two trends takes the later trend's direction", () => {
    // c(0:7, 6:1), the example in NHSRplotthedots issue #200.
    expect(trendSignals([0, 1, 2, 3, 4, 5, 6, 7, 6, 5, 4, 3, 2, 1], 7)).toEqual([
      1, 1, 1, 1, 1, 1, 1, -1, -1, -1, -1, -1, -1, -1,
    ]);
  });

  it("6 points make a trend when runLength is 6", () => {
    expect(trendSignals([5, 4, 3, 2, 1, 0], 6)).toEqual([-1, -1, -1, -1, -1, -1]);
  });
});

describe("twoOfThreeSignals (two of three beyond two sigma, same side)", () => {
  it("matches NHSRplotthedots: any two of three flags those two", () => {
    expect(twoOfThreeSignals([])).toEqual([]);
    expect(twoOfThreeSignals([0, 0, 0])).toEqual([0, 0, 0]);
    expect(twoOfThreeSignals([1, 0, 1])).toEqual([1, 0, 1]);
    expect(twoOfThreeSignals([0, 1, 1])).toEqual([0, 1, 1]);
    expect(twoOfThreeSignals([1, 1, 0])).toEqual([1, 1, 0]);
  });

  it("matches NHSRplotthedots: longer series", () => {
    expect(twoOfThreeSignals([0, 0, 1, 0, 1, 0, 0])).toEqual([0, 0, 1, 0, 1, 0, 0]);
    expect(twoOfThreeSignals([0, 0, 1, 1, 0, 0, 0])).toEqual([0, 0, 1, 1, 0, 0, 0]);
    expect(twoOfThreeSignals([1, 0, 0, 1])).toEqual([0, 0, 0, 0]);
    expect(twoOfThreeSignals([1, 0, 0, 1, 1])).toEqual([0, 0, 0, 1, 1]);
  });

  it("points beyond two sigma on opposite sides are not a signal", () => {
    expect(twoOfThreeSignals([1, -1, 0])).toEqual([0, 0, 0]);
    expect(twoOfThreeSignals([-1, 1, -1])).toEqual([-1, 0, -1]);
  });
});
