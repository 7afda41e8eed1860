import { describe, expect, it } from "vitest";
import { nestingProblem } from "./area-hierarchy.ts";

describe("nestingProblem", () => {
  it("lets the city stand alone, areas under it, wards under an area and services under either", () => {
    expect(nestingProblem("city", null)).toBeNull();
    expect(nestingProblem("area", { slug: "city", kind: "city" })).toBeNull();
    expect(nestingProblem("ward", { slug: "east", kind: "area" })).toBeNull();
    expect(nestingProblem("service", { slug: "city", kind: "city" })).toBeNull();
    expect(nestingProblem("service", { slug: "east", kind: "area" })).toBeNull();
  });

  it("says why any other nesting is impossible", () => {
    expect(nestingProblem("ward", { slug: "moseley", kind: "ward" })).toBe(
      `a ward's parent must be an area, and "moseley" is a ward`,
    );
    expect(nestingProblem("ward", { slug: "city", kind: "city" })).toMatch(/must be an area/);
    expect(nestingProblem("area", { slug: "mash", kind: "service" })).toMatch(/must be a city/);
    expect(nestingProblem("city", { slug: "city", kind: "city" })).toMatch(/has no parent/);
    expect(nestingProblem("ward", null)).toBe("a ward needs a parent: an area");
    expect(nestingProblem("service", null)).toBe("a service needs a parent: a city or an area");
  });
});
