import type { SeriesResponse } from "@scorecard/shared/api-schema";
import { describe, expect, it } from "vitest";
import {
  benchmarkHistory,
  benchmarksInRange,
  buildSeriesRows,
  buildSpcRows,
  chartableBenchmarks,
  chartMonths,
  hasRateMeasure,
  isIsolated,
  linesCoincide,
  measureUnit,
  missingMonths,
  stepSeries,
  vintageText,
} from "./chart-rows.ts";

const point = (period: string, value: number | null, source: "published" | "illustrative" = "published") => ({
  period,
  value,
  numerator: null,
  denominator: null,
  ratePer10k: null,
  target: null,
  rag: null,
  source,
});

const benchmark = (
  kind: "national" | "statistical_neighbours" | "regional",
  value: number,
  period: string,
  effectiveFrom: string,
) => ({
  kind,
  value,
  unit: "percent" as const,
  period,
  source: "DfE",
  origin: "dfe" as const,
  effectiveFrom,
});

const series: SeriesResponse = {
  indicatorId: "re-referrals",
  areaId: "city",
  unit: "percent",
  points: [point("2017-10", 22.5, "illustrative"), point("2017-12", 21.7)],
  spc: {
    mean: 22.1,
    movingRangeMean: 0.8,
    upperProcessLimit: 24.2,
    lowerProcessLimit: 20,
    points: [
      { period: "2017-10", value: 22.5, specialCause: null, rules: [] },
      { period: "2017-12", value: 21.7, specialCause: "improvement", rules: ["shift"] },
    ],
    variation: "special_cause_improvement",
    assurance: "inconsistent",
    trial: true,
    improvement: "decrease",
    target: 24,
  },
  benchmarks: [
    benchmark("national", 23, "2016-17", "2017-11"),
    benchmark("national", 22, "2015-16", "2017-01"),
    benchmark("statistical_neighbours", 22, "2015-16", "2017-12"),
  ],
  commentary: [],
  revisions: [],
};

describe("chartMonths", () => {
  it("lists every month from the first figure to the last, so missing months become gaps", () => {
    expect(chartMonths([{ period: "2017-12" }, { period: "2017-10" }])).toEqual([
      "2017-10",
      "2017-11",
      "2017-12",
    ]);
    expect(chartMonths([])).toEqual([]);
  });
});

describe("stepSeries", () => {
  const targets = [
    { effectiveFrom: "2016-04", value: 25 },
    { effectiveFrom: "2017-04", value: 24 },
    { effectiveFrom: "2017-06", value: null },
  ];

  it("gives each month the value in force then, and null before the first and after a null entry", () => {
    expect(stepSeries(targets, ["2016-03", "2016-04", "2017-03", "2017-04", "2017-05", "2017-06"])).toEqual([
      null,
      25,
      25,
      24,
      24,
      null,
    ]);
  });

  it("does not depend on the order the history is listed in", () => {
    expect(stepSeries([...targets].reverse(), ["2017-05"])).toEqual([24]);
  });
});

describe("benchmarks", () => {
  it("sorts one kind oldest first and names each vintage with the month it was first used", () => {
    const national = benchmarkHistory(series.benchmarks, "national");
    expect(national.map((entry) => entry.period)).toEqual(["2015-16", "2016-17"]);
    expect(vintageText(national)).toBe("figures for 2015-16, then 2016-17 from Nov-17");
    expect(vintageText(benchmarkHistory(series.benchmarks, "regional"))).toBe("not published");
  });
});

describe("benchmarksInRange", () => {
  it("keeps the figure in force at the first month and those taking over later, not earlier or future ones", () => {
    const history = [
      benchmark("national", 24.7, "2012-13", "2013-11"),
      benchmark("national", 23.5, "2013-14", "2014-11"),
      benchmark("national", 24.2, "2014-15", "2015-11"),
      benchmark("national", 22.5, "2015-16", "2016-11"),
      benchmark("statistical_neighbours", 21, "2014-15", "2015-11"),
    ];
    const months = ["2015-04", "2015-10", "2015-11", "2016-03"];
    expect(benchmarksInRange(history, months).map((entry) => `${entry.kind} ${entry.period}`)).toEqual([
      "national 2013-14",
      "national 2014-15",
      "statistical_neighbours 2014-15",
    ]);
    expect(benchmarksInRange(history, [])).toEqual([]);
  });
});

describe("buildSeriesRows", () => {
  const rows = buildSeriesRows(series, [{ effectiveFrom: "2017-04", value: 24 }]);

  it("has one row per month, with the figure, its source and each stepped line", () => {
    expect(rows).toEqual([
      {
        period: "2017-10",
        label: "Oct-17",
        value: 22.5,
        source: "illustrative",
        target: 24,
        national: 22,
        regional: null,
        statisticalNeighbours: null,
      },
      {
        period: "2017-11",
        label: "Nov-17",
        value: null,
        source: null,
        target: 24,
        national: 23,
        regional: null,
        statisticalNeighbours: null,
      },
      {
        period: "2017-12",
        label: "Dec-17",
        value: 21.7,
        source: "published",
        target: 24,
        national: 23,
        regional: null,
        statisticalNeighbours: 22,
      },
    ]);
    expect(missingMonths(rows)).toBe(1);
  });

  it("marks a stepped value that holds in one month only, which a line alone would not draw", () => {
    const neighbours = rows.map((row) => row.statisticalNeighbours);
    expect(isIsolated(neighbours, 2)).toBe(true);
    expect(
      isIsolated(
        rows.map((row) => row.target),
        1,
      ),
    ).toBe(false);
    expect(isIsolated([null, 5, 6], 1)).toBe(false);
    expect(isIsolated([5], 0)).toBe(true);
  });

  it("notices when two lines would be drawn on top of each other", () => {
    expect(linesCoincide(rows, "national", "statisticalNeighbours")).toBe(false);
    expect(linesCoincide(rows.slice(0, 2), "national", "statisticalNeighbours")).toBe(false);
    const same = rows.map((row) => ({ ...row, national: row.statisticalNeighbours }));
    expect(linesCoincide(same, "national", "statisticalNeighbours")).toBe(true);
  });
});

describe("buildSpcRows", () => {
  it("spreads the SPC points over every month, keeping each one's signal", () => {
    expect(buildSpcRows(series.spc)).toEqual([
      { period: "2017-10", label: "Oct-17", value: 22.5, specialCause: null, rules: [] },
      { period: "2017-11", label: "Nov-17", value: null, specialCause: null, rules: [] },
      { period: "2017-12", label: "Dec-17", value: 21.7, specialCause: "improvement", rules: ["shift"] },
    ]);
  });
});

describe("chartableBenchmarks", () => {
  it("keeps only benchmarks in the series' own unit, so a rate is never drawn against counts", () => {
    const counts: SeriesResponse = {
      ...series,
      unit: "count",
      benchmarks: [
        { ...benchmark("national", 45, "2016-17", "2017-11"), unit: "rate_per_10k" },
        { ...benchmark("national", 1200, "2016-17", "2017-11"), unit: "count" },
      ],
    };
    expect(chartableBenchmarks(counts).map((entry) => entry.value)).toEqual([1200]);
    expect(buildSeriesRows(counts, []).map((row) => row.national)).toEqual([null, 1200, 1200]);
  });
});

describe("the rate per 10,000 children", () => {
  const rate = (kind: "national" | "statistical_neighbours" | "regional", value: number) => ({
    ...benchmark(kind, value, "2016-17", "2017-11"),
    unit: "rate_per_10k" as const,
  });
  const cpPlans: SeriesResponse = {
    ...series,
    indicatorId: "cp-plans",
    unit: "count",
    points: [
      { ...point("2017-10", 1001), ratePer10k: 34.4, target: 850 },
      { ...point("2017-12", 995), ratePer10k: 34.2, target: 850 },
    ],
    benchmarks: [rate("national", 43.3), rate("regional", 46.1), rate("statistical_neighbours", 48)],
  };

  it("is offered only where the points carry a rate and the benchmarks are rates", () => {
    expect(hasRateMeasure(cpPlans)).toBe(true);
    expect(hasRateMeasure(series)).toBe(false);
    expect(hasRateMeasure({ ...cpPlans, benchmarks: [] })).toBe(false);
    const noPopulation = cpPlans.points.map((entry) => ({ ...entry, ratePer10k: null }));
    expect(hasRateMeasure({ ...cpPlans, points: noPopulation })).toBe(false);
    expect(measureUnit(cpPlans, "rate")).toBe("rate_per_10k");
    expect(measureUnit(cpPlans, "number")).toBe("count");
  });

  it("draws the rate with England, region and neighbours, and leaves the count target with the number", () => {
    const rows = buildSeriesRows(cpPlans, [{ effectiveFrom: "2016-04", value: 850 }], "rate");
    expect(rows.map((row) => row.value)).toEqual([34.4, null, 34.2]);
    expect(rows.map((row) => row.target)).toEqual([null, null, null]);
    expect(rows.map((row) => [row.national, row.regional, row.statisticalNeighbours])).toEqual([
      [null, null, null],
      [43.3, 46.1, 48],
      [43.3, 46.1, 48],
    ]);
    expect(chartableBenchmarks(cpPlans, "rate")).toHaveLength(3);
  });

  it("draws the number with its target and without the rate benchmarks", () => {
    const rows = buildSeriesRows(cpPlans, [{ effectiveFrom: "2016-04", value: 850 }]);
    expect(rows.map((row) => row.value)).toEqual([1001, null, 995]);
    expect(rows.map((row) => row.target)).toEqual([850, 850, 850]);
    expect(rows.every((row) => row.national === null && row.regional === null)).toBe(true);
    expect(chartableBenchmarks(cpPlans)).toEqual([]);
  });
});
