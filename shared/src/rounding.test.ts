import { describe, expect, it } from "vitest";
import { roundHalfUp } from "./rounding.ts";

describe("roundHalfUp", () => {
  it("rounds halves away from zero as the papers do", () => {
    expect(roundHalfUp(21.5, 0)).toBe(22);
    expect(roundHalfUp(1.005, 2)).toBe(1.01);
    expect(roundHalfUp(-2.5, 0)).toBe(-3);
    expect(roundHalfUp((268 / 1234) * 100, 1)).toBe(21.7);
    expect(roundHalfUp(0.285 * 100, 0)).toBe(29);
  });

  it("leaves values that are not halves to ordinary rounding", () => {
    expect(roundHalfUp(21.49, 0)).toBe(21);
    expect(roundHalfUp(0, 2)).toBe(0);
  });
});
