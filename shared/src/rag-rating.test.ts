import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { percent } from "./aggregation.ts";
import type { Polarity } from "./indicator-schema.ts";
import { ragRating } from "./rag-rating.ts";

const RANK = { RED: 0, AMBER: 1, GREEN: 2 } as const;
const finite = fc.double({ min: -1e6, max: 1e6, noNaN: true, noDefaultInfinity: true });
const tolerance = fc.option(fc.double({ min: 0, max: 1e5, noNaN: true, noDefaultInfinity: true }));
const directional = fc.constantFrom<Polarity>("higher_is_better", "lower_is_better");

describe("ragRating: Birmingham scorecard examples", () => {
  it("April 2016 re-referrals 20% against a 25% target, lower is better: GREEN", () => {
    expect(ragRating({ value: 20, target: 25, polarity: "lower_is_better" })).toBe("GREEN");
  });

  it("April 2016 children seen at assessment 64% against 68%, higher is better: AMBER (default band 6.8)", () => {
    expect(ragRating({ value: 64, target: 68, polarity: "higher_is_better" })).toBe("AMBER");
  });

  it("April 2016 caseload 15 against 16, lower is better: GREEN", () => {
    expect(ragRating({ value: 15, target: 16, polarity: "lower_is_better" })).toBe("GREEN");
  });

  it("December 2017 re-referrals 268/1234 = 21.72% against 24%: GREEN", () => {
    const value = percent(268, 1234);
    expect(value).toBeCloseTo(21.72, 2);
    expect(ragRating({ value, target: 24, polarity: "lower_is_better" })).toBe("GREEN");
  });
});

describe("ragRating: bands and boundaries", () => {
  it("a value exactly on the target is GREEN, exactly on the amber edge is AMBER, beyond it RED", () => {
    expect(ragRating({ value: 68, target: 68, polarity: "higher_is_better" })).toBe("GREEN");
    expect(ragRating({ value: 61.2, target: 68, polarity: "higher_is_better" })).toBe("AMBER");
    expect(ragRating({ value: 61.1, target: 68, polarity: "higher_is_better" })).toBe("RED");
    expect(ragRating({ value: 27.5, target: 25, polarity: "lower_is_better" })).toBe("AMBER");
    expect(ragRating({ value: 27.6, target: 25, polarity: "lower_is_better" })).toBe("RED");
  });

  it("floating-point noise on a boundary lands in the better band", () => {
    // 0.1 + 0.2 = 0.30000000000000004: on the target in decimal, just over it in binary.
    expect(ragRating({ value: 0.1 + 0.2, target: 0.3, polarity: "lower_is_better" })).toBe("GREEN");
    expect(ragRating({ value: 0.1 + 0.2 - 0.3, target: 0, polarity: "lower_is_better" })).toBe("GREEN");
    // 0.7 + 0.1 = 0.7999999999999999: exactly on the amber edge of target 1 with tolerance 0.2.
    expect(ragRating({ value: 0.7 + 0.1, target: 1, polarity: "higher_is_better", tolerance: 0.2 })).toBe(
      "AMBER",
    );
  });

  it("uses an explicit tolerance, including 0 (no amber band)", () => {
    expect(ragRating({ value: 60, target: 68, polarity: "higher_is_better", tolerance: 10 })).toBe("AMBER");
    expect(ragRating({ value: 67.9, target: 68, polarity: "higher_is_better", tolerance: 0 })).toBe("RED");
  });

  it("the default band is 10% of |target|, also for negative targets", () => {
    expect(ragRating({ value: -11, target: -10, polarity: "higher_is_better" })).toBe("AMBER");
    expect(ragRating({ value: -11.01, target: -10, polarity: "higher_is_better" })).toBe("RED");
  });

  it("returns null for neutral polarity and missing or non-finite figures", () => {
    expect(ragRating({ value: 5, target: 5, polarity: "neutral" })).toBeNull();
    expect(ragRating({ value: null, target: 5, polarity: "higher_is_better" })).toBeNull();
    expect(ragRating({ value: 5, target: undefined, polarity: "higher_is_better" })).toBeNull();
    expect(ragRating({ value: Number.NaN, target: 5, polarity: "higher_is_better" })).toBeNull();
  });

  it("rejects a negative tolerance", () => {
    expect(() => ragRating({ value: 1, target: 2, polarity: "higher_is_better", tolerance: -1 })).toThrow(
      RangeError,
    );
  });
});

describe("ragRating: properties", () => {
  it("a better value never gets a worse rating", () => {
    fc.assert(
      fc.property(finite, finite, finite, directional, tolerance, (a, b, target, polarity, tol) => {
        const [worse, better] =
          polarity === "higher_is_better"
            ? [Math.min(a, b), Math.max(a, b)]
            : [Math.max(a, b), Math.min(a, b)];
        const worseRag = ragRating({ value: worse, target, polarity, tolerance: tol });
        const betterRag = ragRating({ value: better, target, polarity, tolerance: tol });
        expect(worseRag).not.toBeNull();
        expect(betterRag).not.toBeNull();
        if (worseRag !== null && betterRag !== null)
          expect(RANK[betterRag]).toBeGreaterThanOrEqual(RANK[worseRag]);
      }),
    );
  });

  it("flipping polarity and mirroring value and target mirrors the rating", () => {
    fc.assert(
      fc.property(finite, finite, directional, tolerance, (value, target, polarity, tol) => {
        const flipped: Polarity = polarity === "higher_is_better" ? "lower_is_better" : "higher_is_better";
        expect(ragRating({ value: -value, target: -target, polarity: flipped, tolerance: tol })).toBe(
          ragRating({ value, target, polarity, tolerance: tol }),
        );
      }),
    );
  });
});
