import type { Indicator } from "@scorecard/shared/api-schema";
import { describe, expect, it } from "vitest";
import { checkSettings, KEEP_DFE_MEASURE, NO_DFE_MEASURE, valuesOf } from "./settings-values.ts";

const reReferrals: Indicator = {
  id: "re-referrals",
  ref: 3,
  title: "Re-referrals",
  definition: "Referrals within 12 months of a previous one. ",
  unit: "percent",
  polarity: "lower_is_better",
  measureKind: "ratio",
  baselineKind: "previous_6_months_cumulative",
  baselineLabel: "Prev. 6 months",
  baselineMonth: null,
  tolerance: null,
  trendThreshold: null,
  decimals: 1,
  numeratorLabel: "Re-referrals",
  denominatorLabel: "Referrals",
  notes: null,
  showsRatePer10k: false,
};

const values = valuesOf(reReferrals);

describe("checkSettings", () => {
  it("sends nothing, and says so, when nothing changed (a held stray space is no change)", () => {
    const checked = checkSettings(reReferrals, values);
    expect(checked.request).toEqual({});
    expect(checked.problems.form).toEqual(["Nothing has changed: change a setting, then save."]);
  });

  it("sends only the changed fields, without a month or reason when no rule changes", () => {
    const checked = checkSettings(reReferrals, {
      ...values,
      title: " Re-referrals in 12 months ",
      notes: "From the board",
      decimals: "0",
      effectiveFrom: "2018-01",
      dfeMeasureId: NO_DFE_MEASURE,
    });
    expect(checked.request).toEqual({
      title: "Re-referrals in 12 months",
      notes: "From the board",
      decimals: 0,
      dfeMeasureId: null,
    });
    expect(checked.ruleFields).toEqual([]);
    expect(checked.problems).toEqual({ fields: {}, form: [] });
  });

  it("needs a month and a reason when a rating rule field changes", () => {
    const checked = checkSettings(reReferrals, { ...values, tolerance: "2.5" });
    expect(checked.ruleFields).toEqual(["tolerance"]);
    expect(checked.problems.fields).toEqual({
      effectiveFrom: expect.stringMatching(/enter the first month it applies to/),
      reason: expect.stringMatching(/^Say why the rating rule changes/),
    });
    const complete = checkSettings(reReferrals, {
      ...values,
      tolerance: "2.5",
      effectiveFrom: "2018-04",
      reason: " Board agreed a wider band ",
    });
    expect(complete.request).toEqual({
      tolerance: 2.5,
      effectiveFrom: "2018-04",
      reason: "Board agreed a wider band",
    });
    expect(complete.problems).toEqual({ fields: {}, form: [] });
  });

  it("ties each bad value to its field", () => {
    const checked = checkSettings(reReferrals, {
      ...values,
      title: " ",
      tolerance: "wide",
      trendThreshold: "-1",
      baselineKind: "fixed_month",
      effectiveFrom: "April 2018",
      reason: "Why not",
      dfeMeasureId: KEEP_DFE_MEASURE,
    });
    expect(checked.problems.fields).toEqual({
      title: "Enter the indicator's title",
      tolerance: "Enter the tolerance as a number, or leave it empty for the default",
      trendThreshold: "Enter a number of 0 or more",
      baselineMonth: expect.stringMatching(/^A fixed-month baseline needs the month/),
      effectiveFrom: expect.stringMatching(/^Enter the first month the new rule applies to as YYYY-MM/),
    });
  });
});
