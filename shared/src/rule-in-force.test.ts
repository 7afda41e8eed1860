import { describe, expect, it } from "vitest";
import type { IndicatorRules } from "./area-figures.ts";
import { type RuleVersion, ruleInForce, rulesInForce } from "./rule-in-force.ts";

const current: IndicatorRules = {
  id: "re-referrals",
  ref: 2,
  title: "Re-referrals",
  unit: "percent",
  polarity: "higher_is_better",
  measureKind: "ratio",
  baselineKind: "none",
  baselineLabel: "None",
  baselineMonth: null,
  tolerance: 1,
  trendThreshold: 1,
  decimals: 0,
  showsRatePer10k: false,
  dfeMeasureId: "re-referrals",
};

const version = (effectiveUntil: string, tolerance: number): RuleVersion => ({
  indicatorId: "re-referrals",
  effectiveUntil,
  polarity: "lower_is_better",
  baselineKind: "previous_6_months_cumulative",
  baselineLabel: "Prev. 6 months cumulative",
  baselineMonth: null,
  tolerance,
  trendThreshold: null,
});

describe("ruleInForce", () => {
  const versions = [version("2019-04", 3), version("2018-01", 2)];

  it("gives the current rule from the latest change onward", () => {
    expect(ruleInForce(current, versions, "2019-04")).toBe(current);
    expect(ruleInForce(current, versions, "2020-01")).toBe(current);
  });

  it("gives a month before a change the rule it was judged by, whatever the order of the history", () => {
    expect(ruleInForce(current, versions, "2017-12")).toMatchObject({
      polarity: "lower_is_better",
      tolerance: 2,
    });
    expect(ruleInForce(current, versions, "2018-01").tolerance).toBe(3);
    expect(ruleInForce(current, [...versions].reverse(), "2019-03").tolerance).toBe(3);
  });

  it("changes only the rule: the indicator's other fields stay", () => {
    const earlier = ruleInForce(current, versions, "2015-01");
    expect(earlier).toMatchObject({ title: "Re-referrals", unit: "percent", dfeMeasureId: "re-referrals" });
    expect(earlier.baselineLabel).toBe("Prev. 6 months cumulative");
  });

  it("ignores other indicators' history", () => {
    expect(ruleInForce(current, [{ ...version("2018-01", 2), indicatorId: "cp-plans" }], "2017-12")).toBe(
      current,
    );
  });

  it("maps a list", () => {
    expect(rulesInForce([current], versions, "2017-12")[0]?.tolerance).toBe(2);
  });
});
