import { describe, expect, it } from "vitest";
import { polarityWords } from "./polarity-words.ts";

describe("polarityWords", () => {
  it("says which direction is good", () => {
    expect(polarityWords("lower_is_better", "so it is not rated")).toBe("Lower is better.");
    expect(polarityWords("higher_is_better", "so it is not rated")).toBe("Higher is better.");
  });

  it("says what a context measure means on the page (not rated on the indicator page)", () => {
    expect(polarityWords("neutral", "so it is not rated")).toBe(
      "Neither higher nor lower is better: this is a context measure, so it is not rated.",
    );
  });

  it("says what a context measure means on the page (not ranked on the benchmarks page)", () => {
    expect(
      polarityWords("neutral", "so local authorities are not ranked or put in quartile bands on it"),
    ).toMatch(/context measure.*not ranked/);
  });
});
