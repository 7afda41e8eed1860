import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { Polarity } from "./indicator-schema.ts";
import { ragLabel, trendLabel, trendRating } from "./trend-rating.ts";

const RANK = { RED: 0, AMBER: 1, GREEN: 2 } as const;
const finite = fc.double({ min: -1e6, max: 1e6, noNaN: true, noDefaultInfinity: true });
const threshold = fc.option(fc.double({ min: 0, max: 1e5, noNaN: true, noDefaultInfinity: true }));
const directional = fc.constantFrom<Polarity>("higher_is_better", "lower_is_better");

describe("trendRating", () => {
  it("rates against the default 5% of |baseline| threshold", () => {
    // Baseline 20: "much better" needs an improvement of at least 1.
    expect(trendRating({ value: 21, baseline: 20, polarity: "higher_is_better" })).toBe("GREEN");
    expect(trendRating({ value: 20.5, baseline: 20, polarity: "higher_is_better" })).toBe("AMBER");
    expect(trendRating({ value: 20, baseline: 20, polarity: "higher_is_better" })).toBe("RED");
    expect(trendRating({ value: 19, baseline: 20, polarity: "higher_is_better" })).toBe("RED");
  });

  it("flips the sign for lower is better (re-referrals falling from 24% to 21.72% is much better)", () => {
    expect(trendRating({ value: 21.72, baseline: 24, polarity: "lower_is_better" })).toBe("GREEN");
    expect(trendRating({ value: 23.5, baseline: 24, polarity: "lower_is_better" })).toBe("AMBER");
    expect(trendRating({ value: 25, baseline: 24, polarity: "lower_is_better" })).toBe("RED");
  });

  it("uses an explicit threshold; reaching it exactly is much better, noise included", () => {
    expect(trendRating({ value: 22, baseline: 20, polarity: "higher_is_better", threshold: 2 })).toBe(
      "GREEN",
    );
    expect(trendRating({ value: 21.9, baseline: 20, polarity: "higher_is_better", threshold: 2 })).toBe(
      "AMBER",
    );
    expect(
      trendRating({ value: 0.1 + 0.2, baseline: 0.1, polarity: "higher_is_better", threshold: 0.2 }),
    ).toBe("GREEN");
  });

  it("no change is not better, even with a zero threshold or rounding noise", () => {
    expect(trendRating({ value: 0, baseline: 0, polarity: "higher_is_better" })).toBe("RED");
    expect(trendRating({ value: 0.1 + 0.2, baseline: 0.3, polarity: "higher_is_better" })).toBe("RED");
    expect(trendRating({ value: 1, baseline: 0, polarity: "higher_is_better" })).toBe("GREEN");
  });

  it("returns null for neutral polarity or a missing figure", () => {
    expect(trendRating({ value: 3, baseline: 2, polarity: "neutral" })).toBeNull();
    expect(trendRating({ value: null, baseline: 2, polarity: "lower_is_better" })).toBeNull();
    expect(trendRating({ value: 3, baseline: undefined, polarity: "lower_is_better" })).toBeNull();
  });

  it("rejects a negative threshold", () => {
    expect(() => trendRating({ value: 1, baseline: 2, polarity: "higher_is_better", threshold: -1 })).toThrow(
      RangeError,
    );
  });

  it("a better value never gets a worse rating", () => {
    fc.assert(
      fc.property(finite, finite, finite, directional, threshold, (a, b, baseline, polarity, thr) => {
        const [worse, better] =
          polarity === "higher_is_better"
            ? [Math.min(a, b), Math.max(a, b)]
            : [Math.max(a, b), Math.min(a, b)];
        const worseRag = trendRating({ value: worse, baseline, polarity, threshold: thr });
        const betterRag = trendRating({ value: better, baseline, polarity, threshold: thr });
        expect(worseRag).not.toBeNull();
        expect(betterRag).not.toBeNull();
        if (worseRag !== null && betterRag !== null)
          expect(RANK[betterRag]).toBeGreaterThanOrEqual(RANK[worseRag]);
      }),
    );
  });

  it("flipping polarity and mirroring value and baseline mirrors the rating", () => {
    fc.assert(
      fc.property(finite, finite, directional, threshold, (value, baseline, polarity, thr) => {
        const flipped: Polarity = polarity === "higher_is_better" ? "lower_is_better" : "higher_is_better";
        expect(trendRating({ value: -value, baseline: -baseline, polarity: flipped, threshold: thr })).toBe(
          trendRating({ value, baseline, polarity, threshold: thr }),
        );
      }),
    );
  });
});

describe("legend words", () => {
  it("uses the council legend's words", () => {
    expect(ragLabel("GREEN")).toBe("On or above target");
    expect(ragLabel("AMBER")).toBe("Near target");
    expect(ragLabel("RED")).toBe("Off target");
    expect(trendLabel("GREEN")).toBe("Much better");
    expect(trendLabel("AMBER")).toBe("Bit better");
    expect(trendLabel("RED")).toBe("Not better");
  });
});
