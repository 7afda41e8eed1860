import { describe, expect, it } from "vitest";
import { axisDomain, axisNote, niceStep, tickLabel } from "./axis-domain.ts";

describe("axisDomain", () => {
  it("does not start at zero when the figures sit in a narrow band (re-referrals 13.8–25%)", () => {
    const domain = axisDomain([24.5, 13.8, 21.1, 19.3, 22, 24.1, 20.7, 22.6, 19.5, 25, null], "percent");
    expect(domain.min).toBe(10);
    expect(domain.max).toBe(30);
    expect(domain.ticks).toEqual([10, 15, 20, 25, 30]);
    expect(axisNote(domain, "percent")).toBe(
      "The vertical axis starts at 10%, not zero, so that changes from year to year are visible.",
    );
  });

  it("starts at zero when the figures would still fill half of the height", () => {
    const domain = axisDomain([0, 12.1, 46.7], "percent");
    expect(domain.min).toBe(0);
    expect(axisNote(domain, "percent")).toBe("The vertical axis starts at zero.");
  });

  it("starts a single figure or a flat line at zero, and has a default with no figures", () => {
    expect(axisDomain([15.2], "number").min).toBe(0);
    expect(axisDomain([70, 70, 70], "rate_per_10k").min).toBe(0);
    expect(axisDomain([null, undefined, Number.NaN], "percent")).toEqual({
      min: 0,
      max: 100,
      ticks: [0, 100],
      step: 100,
    });
  });

  it("never goes below zero or above 100%", () => {
    const domain = axisDomain([88, 95, 99.5], "percent");
    expect(domain.max).toBe(100);
    expect(domain.min).toBeGreaterThan(0);
    expect(domain.ticks.at(-1)).toBe(100);
  });

  it("has evenly spaced ticks from min to max", () => {
    const domain = axisDomain([14.2, 15.2, 16.3, 13.9], "number");
    const gaps = domain.ticks.slice(1).map((tick, i) => Number((tick - (domain.ticks[i] ?? 0)).toFixed(6)));
    expect(new Set(gaps).size).toBe(1);
    expect(domain.ticks[0]).toBe(domain.min);
    expect(domain.ticks.at(-1)).toBe(domain.max);
  });
});

describe("ticks", () => {
  it("steps by 1, 2 or 5 times a power of ten and labels with as many decimals as the step needs", () => {
    expect(niceStep(0.3)).toBeCloseTo(0.5);
    expect(niceStep(4)).toBe(5);
    expect(tickLabel(20, "percent", 5)).toBe("20%");
    expect(tickLabel(14.5, "number", 0.5)).toBe("14.5");
    expect(tickLabel(1500, "rate_per_10k", 500)).toBe("1,500");
  });
});
