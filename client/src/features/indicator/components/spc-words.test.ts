import type { Spc } from "@scorecard/shared/api-schema";
import { formatValue } from "@scorecard/shared/figure-format";
import type { SpcSpecialCause } from "@scorecard/shared/xmr-chart";
import type { SpcRuleId } from "@scorecard/shared/xmr-rules";
import { describe, expect, it } from "vitest";
import { signalWords, spcSummaryText } from "./spc-words.ts";

const words = (spc: Spc) =>
  spcSummaryText(spc, {
    unit: "percent",
    format: (value) => formatValue(value, "percent", 1),
    formatTarget: (value) => formatValue(value, "percent", 0),
  });

const months = (values: readonly number[]) => values.map((_, i) => `2017-${String(1 + i).padStart(2, "0")}`);

function spcOf(
  values: readonly number[],
  flags: Partial<Record<number, { specialCause: SpcSpecialCause; rules: SpcRuleId[] }>>,
  overrides: Partial<Spc> = {},
): Spc {
  const periods = months(values);
  return {
    mean: 22,
    movingRangeMean: 1,
    upperProcessLimit: 24.66,
    lowerProcessLimit: 19.34,
    points: values.map((value, i) => ({
      period: periods[i] ?? "",
      value,
      specialCause: flags[i]?.specialCause ?? null,
      rules: flags[i]?.rules ?? [],
    })),
    variation: "common_cause",
    assurance: "inconsistent",
    trial: true,
    improvement: "decrease",
    target: 24,
    ...overrides,
  };
}

describe("spcSummaryText: variation", () => {
  it("describes common cause for the latest month", () => {
    expect(words(spcOf([22, 21, 23], {})).variation).toBe(
      "Common cause: no significant change — the latest month (Mar-17) is within the process limits and is not part of a run, trend or other signal.",
    );
  });

  it("counts the run of months on the same side of the mean that the latest month ends", () => {
    const values = [23, 21.5, 21, 21.2, 20.9, 21.4, 21.1, 21.3, 21];
    const flags = Object.fromEntries(
      values.map((_, i) => [
        i,
        i === 0 ? undefined : { specialCause: "improvement" as const, rules: ["shift" as const] },
      ]),
    );
    const text = words(spcOf(values, flags, { variation: "special_cause_improvement" }));
    expect(text.variation).toBe(
      "Special cause: improvement — the latest month (Sep-17) is part of a run of 8 months below the mean.",
    );
  });

  it("names a trend by its direction and every rule the latest month is part of", () => {
    const values = [19, 20, 21, 22, 23, 24, 25];
    const flags = Object.fromEntries(
      values.map((_, i) => [
        i,
        {
          specialCause: "concern" as const,
          rules: i === 6 ? ["outside_limits" as const, "trend" as const] : ["trend" as const],
        },
      ]),
    );
    const text = words(spcOf(values, flags, { variation: "special_cause_concern" }));
    expect(text.variation).toBe(
      "Special cause: concern — the latest month (Jul-17) is above the upper process limit, and is part of a trend of 7 months, each higher than the one before.",
    );
  });

  it("explains two-of-three near a limit, and a neutral signal", () => {
    const text = words(
      spcOf(
        [22, 24, 24.2],
        {
          1: { specialCause: "neutral", rules: ["two_of_three_beyond_two_sigma"] },
          2: { specialCause: "neutral", rules: ["two_of_three_beyond_two_sigma"] },
        },
        { variation: "special_cause_neutral", improvement: "neutral" },
      ),
    );
    expect(text.variation).toBe(
      "Special cause: neither better nor worse — the latest month (Mar-17) is part of a group of three months in which two are close to the upper process limit.",
    );
  });

  it("says when one month is too few to judge", () => {
    expect(words(spcOf([22], {}, { variation: null, assurance: null })).variation).toBe(
      "No SPC reading yet — only one month (Jan-17) has a figure, and at least two are needed to judge variation.",
    );
  });

  it("says so when there are no figures", () => {
    const empty = spcOf(
      [],
      {},
      {
        mean: null,
        upperProcessLimit: null,
        lowerProcessLimit: null,
        variation: null,
        assurance: null,
        target: null,
      },
    );
    expect(words(empty)).toEqual({
      variation: "No SPC reading — no month in this range has a figure.",
      assurance: "Assurance: none — there is no target for the latest month.",
      limits: null,
      trial: null,
    });
  });
});

describe("spcSummaryText: assurance, limits and trial", () => {
  it("explains each assurance, printing the target as the papers do", () => {
    expect(words(spcOf([22, 21], {})).assurance).toBe(
      "Assurance: inconsistent (sometimes meets and sometimes misses the target) — the target of 24% lies within the process limits, so the process will sometimes meet it and sometimes not.",
    );
    expect(words(spcOf([22, 21], {}, { assurance: "pass", target: 26 })).assurance).toBe(
      "Assurance: pass (consistently meets the target) — the target of 26% lies outside the process limits on the failing side, so every month can be expected to meet it.",
    );
    expect(words(spcOf([22, 21], {}, { assurance: "fail", target: 18 })).assurance).toMatch(
      /^Assurance: fail \(consistently misses the target\) — the target of 18% lies outside the process limits on the passing side/,
    );
    expect(words(spcOf([22], {}, { assurance: null })).assurance).toBe(
      "Assurance: not yet known — at least two months are needed to set the process limits.",
    );
    expect(words(spcOf([22, 21], {}, { improvement: "neutral", assurance: null })).assurance).toBe(
      "Assurance: none — this indicator has no good direction, so there is no target to test.",
    );
  });

  it("gives the mean and limits, and says when a limit is off the chart", () => {
    expect(words(spcOf([22, 21], {})).limits).toBe(
      "The mean is 22.0%; the process limits are 19.3% and 24.7%.",
    );
    expect(words(spcOf([22, 21], {}, { lowerProcessLimit: -3, upperProcessLimit: 104 })).limits).toBe(
      "The mean is 22.0%; the process limits are -3.0% and 104.0%. The lower limit is below zero, so it is not drawn. The upper limit is above 100%, so it is not drawn.",
    );
    expect(words(spcOf([22], {}, { upperProcessLimit: null, lowerProcessLimit: null })).limits).toBe(
      "The mean is 22.0%; process limits need at least two months.",
    );
  });

  it("warns about trial limits with fewer than 12 months", () => {
    expect(words(spcOf([22, 21, 23], {})).trial).toBe(
      "Trial limits: fewer than 12 months (3 months with a figure), so the limits will move as months are added.",
    );
    expect(words(spcOf([22], {})).trial).toContain("(1 month with a figure)");
    expect(words(spcOf([22, 21, 23], {}, { trial: false })).trial).toBeNull();
  });
});

describe("signalWords", () => {
  it("puts the signal and its rules in words for the table", () => {
    expect(signalWords(null, [])).toBe("No signal");
    expect(signalWords("improvement", ["outside_limits", "shift"])).toBe(
      "Improvement (outside the limits; run on one side of the mean)",
    );
    expect(signalWords("concern", ["trend"])).toBe("Concern (trend)");
    expect(signalWords("neutral", [])).toBe("Neither better nor worse");
  });
});
