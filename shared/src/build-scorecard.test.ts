import { describe, expect, it } from "vitest";
import type { IndicatorRules, ObservationRecord } from "./area-figures.ts";
import { buildScorecard } from "./build-scorecard.ts";
import { CHILDREN_IN_NEED_SCHEDULE } from "./publication-schedule.ts";
import type { ScorecardSnapshot } from "./scorecard-snapshot.ts";

const reReferrals: IndicatorRules = {
  id: "re-referrals",
  ref: 1,
  title: "Re-referrals",
  unit: "percent",
  polarity: "lower_is_better",
  measureKind: "ratio",
  baselineKind: "previous_6_months_cumulative",
  baselineLabel: "Prev. 6 months cumulative",
  baselineMonth: null,
  tolerance: 2,
  trendThreshold: null,
  decimals: 0,
  showsRatePer10k: false,
  dfeMeasureId: null,
};

const cpPlans: IndicatorRules = {
  id: "cp-plans",
  ref: 2,
  title: "Child protection plans",
  unit: "count",
  polarity: "neutral",
  measureKind: "snapshot_count",
  baselineKind: "fixed_month",
  baselineLabel: "Mar-17",
  baselineMonth: "2017-03",
  tolerance: null,
  trendThreshold: null,
  decimals: 0,
  showsRatePer10k: true,
  dfeMeasureId: null,
};

const areas = [
  { id: "city", name: "City", parentId: null },
  { id: "east", name: "East", parentId: "city" },
  { id: "west", name: "West", parentId: "city" },
  { id: "ward-1", name: "Ward 1", parentId: "east" },
];

const figure = (
  areaId: string,
  period: string,
  indicatorId: string,
  parts: Partial<ObservationRecord>,
): ObservationRecord => ({
  areaId,
  period,
  indicatorId,
  breakdown: "",
  numerator: null,
  denominator: null,
  value: null,
  source: "published",
  ...parts,
});

const noDfe = { la: { code: "330", regionCode: "E12000005" }, measures: [], statistics: [], neighbours: {} };

function snapshot(parts: Partial<ScorecardSnapshot>): ScorecardSnapshot {
  return {
    indicators: [reReferrals],
    areas,
    ruleVersions: [],
    observations: [],
    printedBaselines: [],
    targets: [],
    benchmarks: [],
    commentaries: [],
    populations: [],
    dfe: noDfe,
    ...parts,
  };
}

/** The city's re-referrals: 20/100 in each of the six months before December 2017, 18/100 in December. */
const cityReReferrals = [
  ...["2017-06", "2017-07", "2017-08", "2017-09", "2017-10", "2017-11"].map((period) =>
    figure("city", period, "re-referrals", { numerator: 20, denominator: 100 }),
  ),
  figure("city", "2017-12", "re-referrals", { numerator: 18, denominator: 100 }),
];

describe("buildScorecard", () => {
  it("rates the month against the target in force and the computed baseline", () => {
    const card = buildScorecard(
      snapshot({
        observations: cityReReferrals,
        targets: [
          { indicatorId: "re-referrals", effectiveFrom: "2016-04", value: 25 },
          { indicatorId: "re-referrals", effectiveFrom: "2017-04", value: 17 },
          { indicatorId: "re-referrals", effectiveFrom: "2018-04", value: 10 },
        ],
      }),
      "2017-12",
      "city",
    );
    const [row] = card.rows;
    expect(card.area).toEqual({ id: "city", name: "City" });
    expect(row).toMatchObject({
      value: 18,
      numerator: 18,
      denominator: 100,
      target: 17,
      targetEffectiveFrom: "2017-04",
      // 1 point over a target of 17 with a 2-point amber band.
      rag: "AMBER",
      baseline: { value: 20, numerator: 120, denominator: 600, origin: "computed" },
      // 2 points better than 20 beats the 5% "much better" threshold (1 point).
      trend: "GREEN",
      source: "published",
    });
    expect(row?.history.map((point) => point.period)).toEqual([
      "2017-06",
      "2017-07",
      "2017-08",
      "2017-09",
      "2017-10",
      "2017-11",
      "2017-12",
    ]);
  });

  it("judges a month by the rating rule in force then, and a later month by the new one", () => {
    // Until January 2018 re-referrals were "higher is better" with a 1-point band and no baseline.
    const earlier = {
      indicatorId: "re-referrals",
      effectiveUntil: "2018-01",
      polarity: "higher_is_better" as const,
      baselineKind: "none" as const,
      baselineLabel: "None",
      baselineMonth: null,
      tolerance: 1,
      trendThreshold: null,
    };
    const parts = {
      observations: [
        ...cityReReferrals,
        figure("city", "2018-01", "re-referrals", { numerator: 18, denominator: 100 }),
      ],
      targets: [{ indicatorId: "re-referrals", effectiveFrom: "2017-04", value: 17 }],
      ruleVersions: [earlier],
    };
    const [december] = buildScorecard(snapshot(parts), "2017-12", "city").rows;
    expect(december).toMatchObject({
      polarity: "higher_is_better",
      rag: "GREEN",
      baseline: null,
      trend: null,
    });
    const [january] = buildScorecard(snapshot(parts), "2018-01", "city").rows;
    expect(january).toMatchObject({
      polarity: "lower_is_better",
      rag: "AMBER",
      baseline: { kind: "previous_6_months_cumulative" },
    });
  });

  it("takes DfE's benchmarks from the measure the indicator names", () => {
    const measure = {
      id: "rereferrals-dfe",
      title: "Re-referrals",
      unit: "percent" as const,
      polarity: "lower_is_better" as const,
      sourceFile: "c1.csv",
      schedule: CHILDREN_IN_NEED_SCHEDULE,
      yearBasis: "year_ending_march" as const,
    };
    const dfe = {
      ...noDfe,
      measures: [measure],
      statistics: [2015, 2016, 2017].map((year) => ({
        measureId: "rereferrals-dfe",
        year,
        level: "national" as const,
        code: "E92000001",
        name: "England",
        value: 22,
      })),
    };
    const named = buildScorecard(
      snapshot({ dfe, indicators: [{ ...reReferrals, dfeMeasureId: "rereferrals-dfe" }] }),
      "2017-12",
      "city",
    );
    expect(named.rows[0]?.benchmarks).toMatchObject([{ kind: "national", value: 22, origin: "dfe" }]);
    expect(buildScorecard(snapshot({ dfe }), "2017-12", "city").rows[0]?.benchmarks).toEqual([]);
  });

  it("prefers the baseline the paper printed to the one history gives", () => {
    const card = buildScorecard(
      snapshot({
        observations: cityReReferrals,
        printedBaselines: [
          {
            areaId: "city",
            period: "2017-12",
            indicatorId: "re-referrals",
            breakdown: "",
            label: "Prev. 6 months",
            numerator: 121,
            denominator: 600,
            value: null,
          },
          // Another area's printed baseline is not the city's.
          {
            areaId: "east",
            period: "2017-12",
            indicatorId: "re-referrals",
            breakdown: "",
            label: "East",
            numerator: 1,
            denominator: 2,
            value: null,
          },
        ],
      }),
      "2017-12",
      "city",
    );
    expect(card.rows[0]?.baseline).toEqual({
      kind: "previous_6_months_cumulative",
      label: "Prev. 6 months",
      value: (121 / 600) * 100,
      numerator: 121,
      denominator: 600,
      origin: "published",
    });
  });

  it("builds an area without figures of its own from its children, month and history", () => {
    const observations = ["2017-11", "2017-12"].flatMap((period, i) => [
      figure("east", period, "re-referrals", { numerator: 10 + i, denominator: 50 }),
      figure("west", period, "re-referrals", { numerator: 30, denominator: 150, source: "illustrative" }),
    ]);
    const card = buildScorecard(snapshot({ observations }), "2017-12", "city");
    const [row] = card.rows;
    // Ratio of sums, never the mean of the two percentages.
    expect(row).toMatchObject({ numerator: 41, denominator: 200, value: 20.5, source: "illustrative" });
    expect(row?.history).toEqual([
      { period: "2017-11", value: 20, source: "illustrative" },
      { period: "2017-12", value: 20.5, source: "illustrative" },
    ]);
    expect(row?.areas.map((area) => [area.areaId, area.value, area.source])).toEqual([
      ["east", 22, "published"],
      ["west", 20, "illustrative"],
    ]);
  });

  it("does not mix an area's own history with months built from its children", () => {
    const observations = [
      figure("city", "2017-12", "re-referrals", { numerator: 18, denominator: 100 }),
      figure("east", "2017-11", "re-referrals", { numerator: 10, denominator: 50 }),
      figure("west", "2017-11", "re-referrals", { numerator: 30, denominator: 150 }),
    ];
    const [row] = buildScorecard(snapshot({ observations }), "2017-12", "city").rows;
    expect(row?.history.map((point) => point.period)).toEqual(["2017-12"]);
    expect(row?.baseline).toBeNull();
  });

  it("needs every child for a built figure, and builds a child from its own children", () => {
    const observations = [
      figure("ward-1", "2017-12", "re-referrals", { numerator: 5, denominator: 20 }),
      figure("west", "2017-12", "re-referrals", { numerator: 30, denominator: 150 }),
    ];
    const [row] = buildScorecard(snapshot({ observations }), "2017-12", "city").rows;
    expect(row?.areas.map((area) => [area.areaId, area.value])).toEqual([
      ["east", 25],
      ["west", 20],
    ]);
    // The city is built from its children's own observations only: East has none.
    expect(row?.value).toBeNull();
    expect(row?.rag).toBeNull();
  });

  it("rates counts per 10,000 children from the population estimate for the month", () => {
    const observations = [
      figure("city", "2017-12", "cp-plans", { value: 972 }),
      figure("city", "2017-03", "cp-plans", { value: 900 }),
      figure("east", "2017-12", "cp-plans", { value: 300 }),
    ];
    const populations = [
      { areaId: "city", year: 2015, population: 280_000 },
      { areaId: "city", year: 2016, population: 289_265 },
      { areaId: "city", year: 2017, population: 300_000 },
      { areaId: "east", year: 2016, population: 100_000 },
    ];
    const [row] = buildScorecard(
      snapshot({ indicators: [cpPlans], observations, populations }),
      "2017-12",
      "city",
    ).rows;
    expect(row?.ratePer10k).toBeCloseTo((972 / 289_265) * 10_000, 9);
    expect(row?.baseline).toMatchObject({ label: "Mar-17", value: 900, origin: "computed" });
    expect(row?.areas[0]).toMatchObject({ areaId: "east", ratePer10k: 30, rag: null });
    // Neutral indicators are never rated.
    expect(row).toMatchObject({ rag: null, trend: null });
  });

  it("lists breakdowns by area as shown, then by name, and ignores other months'", () => {
    const observations = [
      figure("east", "2017-12", "re-referrals", { breakdown: "b", value: 3 }),
      figure("city", "2017-12", "re-referrals", { breakdown: "z", value: 1 }),
      figure("east", "2017-12", "re-referrals", { breakdown: "a", value: 2 }),
      figure("city", "2017-11", "re-referrals", { breakdown: "old", value: 9 }),
    ];
    const [row] = buildScorecard(snapshot({ observations }), "2017-12", "city").rows;
    expect(row?.breakdown.map((entry) => `${entry.areaId}:${entry.breakdown}=${entry.value}`)).toEqual([
      "city:z=1",
      "east:a=2",
      "east:b=3",
    ]);
  });

  it("gives the paper's benchmarks and commentary in force that month, and the neighbour model", () => {
    const benchmark = (effectiveFrom: string, value: number) => ({
      indicatorId: "re-referrals",
      kind: "national" as const,
      value,
      unit: "percent" as const,
      periodLabel: effectiveFrom.slice(0, 4),
      effectiveFrom,
      source: "paper",
    });
    const card = buildScorecard(
      snapshot({
        benchmarks: [benchmark("2016-04", 22), benchmark("2017-04", 21), benchmark("2018-04", 20)],
        commentaries: [
          { indicatorId: "re-referrals", period: "2017-11", body: "November" },
          { indicatorId: "re-referrals", period: "2017-12", body: "December" },
        ],
      }),
      "2017-12",
      "city",
    );
    expect(card.rows[0]?.benchmarks).toEqual([
      { kind: "national", value: 21, unit: "percent", period: "2017", source: "paper", origin: "paper" },
    ]);
    expect(card.rows[0]?.commentary).toBe("December");
    expect(card.statisticalNeighbourModel.model).toBe("2021");
    expect(buildScorecard(snapshot({}), "2025-05", "city").statisticalNeighbourModel.model).toBe("2025");
  });

  it("gives a month with no figure a row with nothing rated", () => {
    const [row] = buildScorecard(snapshot({}), "2017-12", "east").rows;
    expect(row).toMatchObject({
      value: null,
      rag: null,
      trend: null,
      baseline: null,
      source: null,
      history: [],
    });
  });

  it("refuses an area the snapshot does not hold", () => {
    expect(() => buildScorecard(snapshot({}), "2017-12", "north")).toThrow(/no area "north"/);
  });
});
