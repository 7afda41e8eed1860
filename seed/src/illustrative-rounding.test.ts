import { describe, expect, it } from "vitest";
import { roundToTotal } from "./illustrative-rounding.ts";

const none = (n: number) => Array.from({ length: n }, () => 0);
const unbounded = (n: number) => Array.from({ length: n }, () => Number.POSITIVE_INFINITY);

describe("roundToTotal", () => {
  it("rounds to whole numbers that add up to the total, largest remainders first", () => {
    expect(roundToTotal([1.4, 1.4, 1.2], 4, none(3), unbounded(3))).toEqual([2, 1, 1]);
    expect(roundToTotal([2.5, 2.5], 5, none(2), unbounded(2))).toEqual([3, 2]);
  });

  it("moves a shortfall into the items with room and keeps every item inside its bounds", () => {
    const upper = [10, 3, 10];
    const rounded = roundToTotal([9.6, 2.9, 0.2], 20, none(3), upper);
    expect(rounded.reduce((sum, v) => sum + v, 0)).toBe(20);
    rounded.forEach((v, i) => {
      expect(v).toBeGreaterThanOrEqual(0);
      expect(v).toBeLessThanOrEqual(upper[i] ?? 0);
    });
    // Values outside the bounds are clamped first: −3 becomes 0, 12 becomes 10.
    expect(roundToTotal([-3, 12], 10, none(2), [10, 10])).toEqual([0, 10]);
  });

  it("is deterministic on ties (earlier items first)", () => {
    expect(roundToTotal([0.5, 0.5, 0.5, 0.5], 2, none(4), unbounded(4))).toEqual([1, 1, 0, 0]);
  });

  it("refuses totals the bounds cannot reach, and fractional totals", () => {
    expect(() => roundToTotal([1, 1], 5, none(2), [2, 2])).toThrow(RangeError);
    expect(() => roundToTotal([1, 1], 1.5, none(2), [2, 2])).toThrow(RangeError);
    expect(() => roundToTotal([1], 1, [0.5], [2])).toThrow(RangeError);
  });
});
