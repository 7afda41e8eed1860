import { describe, expect, it } from "vitest";
import { targetValueProblem } from "./target-value.ts";

describe("targetValueProblem", () => {
  it("takes no target, or a number in the unit's range", () => {
    expect(targetValueProblem("percent", null)).toBeNull();
    expect(targetValueProblem("percent", 100)).toBeNull();
    expect(targetValueProblem("count", 1500)).toBeNull();
  });

  it("names the field for a negative target or a percentage over 100", () => {
    expect(targetValueProblem("days", -1)).toMatch(/^value: a target is a number of 0 or more/);
    expect(targetValueProblem("percent", 101)).toBe("value: a percentage target is at most 100");
  });
});
