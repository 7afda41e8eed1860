import { describe, expect, it } from "vitest";
import { axisDomain, axisNote, niceStep, stepDecimals, tickLabel, yAxisProps } from "./axis-domain.ts";

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

describe("axisDomain on the indicator page (monthly, with decimals)", () => {
  it("does not start at zero when the figures sit in a narrow band (re-referrals 20–30%)", () => {
    const domain = axisDomain([29.8, 27.9, 20.5, 21.7, 25, 24, 22, 22, null], "percent", 1);
    expect(domain.min).toBe(15);
    expect(domain.max).toBe(35);
    expect(domain.ticks).toEqual([15, 20, 25, 30, 35]);
    expect(axisNote(domain, "percent")).toBe(
      "The vertical axis starts at 15%, not zero, so that changes are visible.",
    );
  });

  it("starts at zero when the figures would still fill half the height", () => {
    const domain = axisDomain([121, 17, 1, 20, 0], "count", 0);
    expect(domain.min).toBe(0);
    expect(domain.ticks[0]).toBe(0);
    expect(domain.max).toBeGreaterThanOrEqual(121);
    expect(axisNote(domain, "count")).toBe("The vertical axis starts at zero.");
  });

  it("takes in targets and benchmarks, not only the figures", () => {
    const withoutTarget = axisDomain([1301, 1305, 1290], "count", 0);
    const withTarget = axisDomain([1301, 1305, 1290, 850], "count", 0);
    expect(withoutTarget.min).toBeGreaterThan(850);
    expect(withTarget.min).toBeLessThanOrEqual(850);
    expect(withTarget.max).toBeGreaterThanOrEqual(1305);
  });

  it("starts a single month, or a flat series, at zero", () => {
    expect(axisDomain([21.7], "percent", 1).min).toBe(0);
    expect(axisDomain([16, 16, 16], "number", 0)).toMatchObject({ min: 0 });
    expect(axisDomain([0], "count", 0)).toMatchObject({ min: 0 });
  });

  it("never goes below zero or above 100%, so a process limit outside that range is left off", () => {
    const counts = axisDomain([121, 17, 1, 206, -113], "count", 0);
    expect(counts.min).toBe(0);
    const percent = axisDomain([96, 98, 99, 104.2, 91], "percent", 1);
    expect(percent.max).toBe(100);
    expect(percent.ticks.at(-1)).toBe(100);
    expect(percent.min).toBeGreaterThan(0);
  });

  it("has evenly spaced ticks from min to max, and a default when there is nothing to show", () => {
    const domain = axisDomain([232, 251, 240, 260], "days", 0);
    const gaps = domain.ticks.slice(1).map((tick, i) => tick - (domain.ticks[i] ?? 0));
    expect(new Set(gaps).size).toBe(1);
    expect(domain.ticks[0]).toBe(domain.min);
    expect(domain.ticks.at(-1)).toBe(domain.max);
    expect(axisDomain([null, undefined, Number.NaN], "percent", 1)).toEqual({
      min: 0,
      max: 100,
      ticks: [0, 100],
      step: 100,
    });
  });
});

describe("axisDomain with and without decimals", () => {
  it("keeps ticks no closer than the figures are printed when told their decimals", () => {
    expect(axisDomain([3, 3.1, 3.2], "number").step).toBeCloseTo(0.05);
    expect(axisDomain([3, 3.1, 3.2], "number", 0)).toEqual({ min: 2, max: 4, ticks: [2, 3, 4], step: 1 });
  });

  it("says what a raised axis is for, in the chart's own words", () => {
    const domain = axisDomain([20, 22, 24], "percent", 1);
    expect(axisNote(domain, "percent")).toMatch(/not zero, so that changes are visible\.$/);
    expect(axisNote(domain, "percent", "changes from year to year")).toMatch(
      /not zero, so that changes from year to year are visible\.$/,
    );
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

describe("axisDomain on the benchmarks page (yearly)", () => {
  it("does not start at zero when the figures sit in a narrow band (re-referrals 13.8–25%)", () => {
    const domain = axisDomain([24.5, 13.8, 21.1, 19.3, 22, 24.1, 20.7, 22.6, 19.5, 25, null], "percent");
    expect(domain.min).toBe(10);
    expect(domain.max).toBe(30);
    expect(domain.ticks).toEqual([10, 15, 20, 25, 30]);
    expect(axisNote(domain, "percent", "changes from year to year")).toBe(
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

describe("ticks on the benchmarks page", () => {
  it("steps by 1, 2 or 5 times a power of ten and labels with as many decimals as the step needs", () => {
    expect(niceStep(0.3)).toBeCloseTo(0.5);
    expect(niceStep(4)).toBe(5);
    expect(tickLabel(20, "percent", 5)).toBe("20%");
    expect(tickLabel(14.5, "number", 0.5)).toBe("14.5");
    expect(tickLabel(1500, "rate_per_10k", 500)).toBe("1,500");
  });
});

describe("yAxisProps", () => {
  it("gives a chart's vertical axis the domain's range, ticks and labels, cutting off what lies outside", () => {
    const domain = axisDomain([29.8, 27.9, 20.5, 21.7], "percent", 1);
    const props = yAxisProps(domain, "percent");
    expect(props.domain).toEqual([15, 35]);
    expect(props.ticks).toEqual([15, 20, 25, 30, 35]);
    expect(props.allowDataOverflow).toBe(true);
    expect(props.tickFormatter(20)).toBe("20%");
  });
});
