import { describe, expect, it } from "vitest";
import { printedSixMonthBaselines, publishedAnchors } from "./illustrative-anchors.ts";
import type {
  PublishedBaseline,
  PublishedFigure,
  PublishedIndicatorBlock,
  PublishedScorecard,
} from "./published-scorecard-types.ts";

function figure(value: number): PublishedFigure {
  return {
    areaId: "city",
    breakdown: null,
    numerator: null,
    denominator: null,
    value,
    printed: String(value),
    printedRatePer10k: null,
  };
}

function block(indicatorId: string, month: number, baseline: PublishedBaseline): PublishedIndicatorBlock {
  return {
    indicatorId,
    heading: indicatorId,
    figures: [figure(month)],
    baseline,
    target: null,
    printedRating: null,
    printedTrend: null,
    benchmarks: [],
    commentary: "",
    transcriptionNotes: [],
  };
}

function fixedMonth(month: string, value: number): PublishedBaseline {
  return { label: month, kind: "fixed_month", month, figures: [figure(value)] };
}

function paper(period: string, blocks: PublishedIndicatorBlock[]): PublishedScorecard {
  return { period, title: period, source: "test", note: null, blocks };
}

describe("publishedAnchors", () => {
  it("treats fixed-month baselines as that month's figure and lets the later paper win, whatever the input order", () => {
    const april = paper("2016-04", [block("children-in-care", 1807, fixedMonth("2016-03", 1807))]);
    const december = paper("2017-12", [block("children-in-care", 1758, fixedMonth("2016-03", 1735))]);
    for (const input of [
      [april, december],
      [december, april],
    ]) {
      const { anchors, superseded } = publishedAnchors(input);
      expect(anchors.map((a) => [a.period, a.value, a.paper, a.column])).toEqual([
        ["2016-03", 1735, "2017-12", "fixed_month_baseline"],
        ["2016-04", 1807, "2016-04", "month"],
        ["2017-12", 1758, "2017-12", "month"],
      ]);
      expect(superseded.map((s) => [s.superseded.value, s.keptFigure.value])).toEqual([[1807, 1735]]);
    }
  });

  it("lists only the 6-month baselines, with the six months before the paper", () => {
    const average: PublishedBaseline = {
      label: "Prev. 6 months average",
      kind: "previous_6_months_average",
      month: null,
      figures: [figure(15)],
    };
    const withAverage = paper("2017-12", [block("caseload", 17, average)]);
    expect(
      printedSixMonthBaselines([paper("2016-04", [block("cp-plans", 825, fixedMonth("2016-03", 851))])]),
    ).toEqual([]);
    expect(printedSixMonthBaselines([withAverage]).map((b) => [b.indicatorId, b.months])).toEqual([
      ["caseload", ["2017-06", "2017-07", "2017-08", "2017-09", "2017-10", "2017-11"]],
    ]);
  });
});
