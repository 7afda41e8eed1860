import { describe, expect, it } from "vitest";
import { planIndicatorUpdate } from "./indicator-update.ts";

const stored = {
  title: "Re-referrals",
  definition: "Re-referrals as a share of referrals",
  unit: "percent" as const,
  polarity: "lower_is_better" as const,
  measureKind: "ratio" as const,
  baselineKind: "previous_6_months_cumulative" as const,
  baselineLabel: "Prev. 6 months cumulative",
  baselineMonth: null,
  tolerance: null,
  trendThreshold: null,
  decimals: 0,
  numeratorLabel: "No. re-referrals",
  denominatorLabel: "Total referrals",
  notes: null,
  dfeMeasureId: "re-referrals",
};
const context = { dfeMeasureIds: ["re-referrals", "cp-plans"], latestRuleUntil: null };

describe("planIndicatorUpdate", () => {
  it("changes other fields in place, keeping only what differs", () => {
    expect(planIndicatorUpdate(stored, { title: "Re-referrals (12 months)", decimals: 0 }, context)).toEqual({
      plan: { changes: { title: "Re-referrals (12 months)" }, ruleChange: null },
    });
  });

  it("keeps the rule a rating change replaces, from the month given", () => {
    const result = planIndicatorUpdate(
      stored,
      { polarity: "higher_is_better", tolerance: 2, effectiveFrom: "2018-01", reason: "New definition" },
      context,
    );
    expect(result).toEqual({
      plan: {
        changes: { polarity: "higher_is_better", tolerance: 2 },
        ruleChange: {
          effectiveFrom: "2018-01",
          reason: "New definition",
          previous: {
            polarity: "lower_is_better",
            baselineKind: "previous_6_months_cumulative",
            baselineLabel: "Prev. 6 months cumulative",
            baselineMonth: null,
            tolerance: null,
            trendThreshold: null,
          },
        },
      },
    });
  });

  it("needs the month and a reason for a rating change, naming the field", () => {
    expect(planIndicatorUpdate(stored, { tolerance: 2 }, context)).toMatchObject({
      refusal: { status: 422, message: expect.stringMatching(/^effectiveFrom: a change of tolerance/) },
    });
    expect(planIndicatorUpdate(stored, { tolerance: 2, effectiveFrom: "2018-01" }, context)).toMatchObject({
      refusal: { status: 422, message: expect.stringMatching(/^reason:/) },
    });
    // Sending a rule field unchanged is no change of rule.
    expect(planIndicatorUpdate(stored, { polarity: "lower_is_better" }, context)).toEqual({
      plan: { changes: {}, ruleChange: null },
    });
  });

  it("refuses a change from a month the rule already changed from, or before", () => {
    const after2018 = { ...context, latestRuleUntil: "2018-01" };
    const change = { tolerance: 2, reason: "Again" };
    expect(planIndicatorUpdate(stored, { ...change, effectiveFrom: "2018-01" }, after2018)).toMatchObject({
      refusal: { status: 409, message: expect.stringMatching(/^effectiveFrom: .*2018-01/) },
    });
    expect(planIndicatorUpdate(stored, { ...change, effectiveFrom: "2018-02" }, after2018)).toHaveProperty(
      "plan",
    );
  });

  it("takes only a DfE measure the catalogue holds, or none", () => {
    expect(planIndicatorUpdate(stored, { dfeMeasureId: "cp-plans" }, context)).toHaveProperty("plan");
    expect(planIndicatorUpdate(stored, { dfeMeasureId: null }, context)).toHaveProperty("plan");
    expect(planIndicatorUpdate(stored, { dfeMeasureId: "made-up" }, context)).toMatchObject({
      refusal: { status: 422, message: expect.stringMatching(/^dfeMeasureId: "made-up"/) },
    });
  });

  it("needs a month for a fixed-month baseline", () => {
    const fixed = { baselineKind: "fixed_month" as const, effectiveFrom: "2018-01", reason: "Year start" };
    expect(planIndicatorUpdate(stored, fixed, context)).toMatchObject({
      refusal: { status: 422, message: expect.stringMatching(/^baselineMonth:/) },
    });
    expect(planIndicatorUpdate(stored, { ...fixed, baselineMonth: "2017-03" }, context)).toHaveProperty(
      "plan",
    );
  });
});
