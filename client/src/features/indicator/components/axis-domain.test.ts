import { describe, expect, it } from "vitest";
import { axisNote, niceStep, stepDecimals, tickLabel, valueAxisDomain } from "./axis-domain.ts";

describe("niceStep", () => {
  it("rounds up to 1, 2 or 5 times a power of ten", () => {
    expect(niceStep(0.07)).toBeCloseTo(0.1);
    expect(niceStep(1.3)).toBe(2);
    expect(niceStep(2.26)).toBe(5);
    expect(niceStep(45)).toBe(50);
    expect(niceStep(5)).toBe(5);
    expect(niceStep(0)).toBe(1);
  });
});

describe("valueAxisDomain", () => {
  it("does not start at zero when the figures sit in a narrow band (re-referrals 20–30%)", () => {
    const domain = valueAxisDomain([29.8, 27.9, 20.5, 21.7, 25, 24, 22, 22, null], "percent", 1);
    expect(domain.min).toBe(15);
    expect(domain.max).toBe(35);
    expect(domain.ticks).toEqual([15, 20, 25, 30, 35]);
    expect(axisNote(domain, "percent")).toBe(
      "The vertical axis starts at 15%, not zero, so that changes are visible.",
    );
  });

  it("starts at zero when the figures would still fill half the height", () => {
    const domain = valueAxisDomain([121, 17, 1, 20, 0], "count", 0);
    expect(domain.min).toBe(0);
    expect(domain.ticks[0]).toBe(0);
    expect(domain.max).toBeGreaterThanOrEqual(121);
    expect(axisNote(domain, "count")).toBe("The vertical axis starts at zero.");
  });

  it("takes in targets and benchmarks, not only the figures", () => {
    const withoutTarget = valueAxisDomain([1301, 1305, 1290], "count", 0);
    const withTarget = valueAxisDomain([1301, 1305, 1290, 850], "count", 0);
    expect(withoutTarget.min).toBeGreaterThan(850);
    expect(withTarget.min).toBeLessThanOrEqual(850);
    expect(withTarget.max).toBeGreaterThanOrEqual(1305);
  });

  it("starts a single month, or a flat series, at zero", () => {
    expect(valueAxisDomain([21.7], "percent", 1).min).toBe(0);
    expect(valueAxisDomain([16, 16, 16], "number", 0)).toMatchObject({ min: 0 });
    expect(valueAxisDomain([0], "count", 0)).toMatchObject({ min: 0 });
  });

  it("never goes below zero or above 100%, so a process limit outside that range is left off", () => {
    const counts = valueAxisDomain([121, 17, 1, 206, -113], "count", 0);
    expect(counts.min).toBe(0);
    const percent = valueAxisDomain([96, 98, 99, 104.2, 91], "percent", 1);
    expect(percent.max).toBe(100);
    expect(percent.ticks.at(-1)).toBe(100);
    expect(percent.min).toBeGreaterThan(0);
  });

  it("has evenly spaced ticks from min to max, and a default when there is nothing to show", () => {
    const domain = valueAxisDomain([232, 251, 240, 260], "days", 0);
    const gaps = domain.ticks.slice(1).map((tick, i) => tick - (domain.ticks[i] ?? 0));
    expect(new Set(gaps).size).toBe(1);
    expect(domain.ticks[0]).toBe(domain.min);
    expect(domain.ticks.at(-1)).toBe(domain.max);
    expect(valueAxisDomain([null, undefined, Number.NaN], "percent", 1)).toEqual({
      min: 0,
      max: 100,
      ticks: [0, 100],
      step: 100,
    });
  });
});

describe("tick labels", () => {
  it("print percentages with a % sign and as many decimals as the step needs", () => {
    expect(stepDecimals(5)).toBe(0);
    expect(stepDecimals(0.5)).toBe(1);
    expect(stepDecimals(0.02)).toBe(2);
    expect(tickLabel(20, "percent", 5)).toBe("20%");
    expect(tickLabel(21.5, "percent", 0.5)).toBe("21.5%");
    expect(tickLabel(1500, "count", 500)).toBe("1,500");
    expect(tickLabel(230, "days", 10)).toBe("230");
  });
});
