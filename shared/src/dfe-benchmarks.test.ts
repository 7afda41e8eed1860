import { describe, expect, it } from "vitest";
import {
  type DfeFigures,
  type DfeMeasure,
  type DfeStatistic,
  dfeBenchmarkHistory,
  dfeBenchmarksInForce,
  dfeCandidateYears,
} from "./dfe-benchmarks.ts";
import { CHILDREN_IN_NEED_SCHEDULE, WORKFORCE_SCHEDULE } from "./publication-schedule.ts";

const reReferrals: DfeMeasure = {
  id: "re-referrals",
  title: "Re-referrals",
  unit: "percent",
  polarity: "lower_is_better",
  sourceFile: "c1.csv",
  schedule: CHILDREN_IN_NEED_SCHEDULE,
  yearBasis: "year_ending_march",
};

/** One year of a measure: England, the West Midlands, our LA and three others. */
function year(measureId: string, y: number, national: number | null): DfeStatistic[] {
  const row = (level: DfeStatistic["level"], code: string, value: number | null): DfeStatistic => ({
    measureId,
    year: y,
    level,
    code,
    name: code === "E12000005" ? "West Midlands" : code,
    value,
  });
  return [
    row("national", "E92000001", national),
    row("regional", "E12000005", 23),
    row("regional", "E12000007", 99),
    row("local_authority", "330", 20),
    row("local_authority", "331", 10 + (y % 10)),
    row("local_authority", "332", 30),
    row("local_authority", "333", null),
  ];
}

function figures(parts: Partial<DfeFigures>): DfeFigures {
  return {
    la: { code: "330", regionCode: "E12000005" },
    measures: [reReferrals],
    statistics: [],
    neighbours: { "2021": ["331", "333"], "2025": ["331", "332"] },
    ...parts,
  };
}

describe("dfeCandidateYears", () => {
  it("starts from the latest year published by the month and looks back two", () => {
    expect(dfeCandidateYears(reReferrals, "2017-12")).toEqual([2017, 2016, 2015]);
    expect(dfeCandidateYears({ schedule: WORKFORCE_SCHEDULE }, "2017-12")).toEqual([2016, 2015, 2014]);
  });
});

describe("dfeBenchmarksInForce", () => {
  it("gives England, the neighbours' mean (the model in force) and the region for the latest year", () => {
    const result = dfeBenchmarksInForce(
      figures({ statistics: [...year("re-referrals", 2016, 22.3), ...year("re-referrals", 2017, 21.9)] }),
      "2017-12",
    );
    const source = "DfE Re-referrals, 2016-17 (c1.csv)";
    expect(result.get("re-referrals")).toEqual([
      { kind: "national", value: 21.9, unit: "percent", period: "2016-17", source, origin: "dfe" },
      {
        kind: "statistical_neighbours",
        // Of the 2021 model's neighbours only 331 has a figure (17 in 2017).
        value: 17,
        unit: "percent",
        period: "2016-17",
        source: `Mean of 1 statistical neighbours with figures (DfE statistical neighbours, April 2021 model); ${source}`,
        origin: "dfe",
      },
      {
        kind: "regional",
        value: 23,
        unit: "percent",
        period: "2016-17",
        source: `West Midlands; ${source}`,
        origin: "dfe",
      },
    ]);
  });

  it("does not show a year before it was published, and falls back past a year with no England figure", () => {
    const statistics = [
      ...year("re-referrals", 2015, 23),
      ...year("re-referrals", 2016, null),
      ...year("re-referrals", 2017, 21.9),
    ];
    const october = dfeBenchmarksInForce(figures({ statistics }), "2017-10").get("re-referrals");
    expect(october?.[0]).toMatchObject({ kind: "national", value: 23, period: "2014-15" });
  });

  it("uses the May 2025 model from May 2025", () => {
    const statistics = year("re-referrals", 2024, 21);
    const [, neighbours] = dfeBenchmarksInForce(figures({ statistics }), "2025-05").get("re-referrals") ?? [];
    expect(neighbours).toMatchObject({ kind: "statistical_neighbours", value: (14 + 30) / 2 });
    expect(neighbours?.source).toMatch(/May 2025 model/);
  });

  it("gives nothing for a measure with no year held in reach", () => {
    const statistics = year("re-referrals", 2012, 20);
    expect(dfeBenchmarksInForce(figures({ statistics }), "2017-12").has("re-referrals")).toBe(false);
  });
});

describe("dfeBenchmarkHistory", () => {
  it("gives each year from the month it was published, with the model in force then", () => {
    const statistics = [...year("re-referrals", 2025, 20), ...year("re-referrals", 2016, 22.3)];
    const steps = dfeBenchmarkHistory(figures({ statistics }), "re-referrals");
    expect(steps.filter((step) => step.kind === "national")).toEqual([
      expect.objectContaining({ period: "2015-16", value: 22.3, effectiveFrom: "2016-11" }),
      expect.objectContaining({ period: "2024-25", value: 20, effectiveFrom: "2025-11" }),
    ]);
    const neighbours = steps.filter((step) => step.kind === "statistical_neighbours");
    expect(neighbours.map((step) => step.value)).toEqual([16, (15 + 30) / 2]);
    expect(dfeBenchmarkHistory(figures({ statistics }), "caseload")).toEqual([]);
  });
});
