import { describe, expect, it } from "vitest";
import type { IndicatorRules, ObservationRecord } from "./area-figures.ts";
import { buildSeries, improvementFor, type SeriesSnapshot } from "./build-series.ts";
import { CHILDREN_IN_NEED_SCHEDULE } from "./publication-schedule.ts";

const visits: IndicatorRules = {
  id: "cp-visits",
  ref: 6,
  title: "CP visits in time",
  unit: "percent",
  polarity: "higher_is_better",
  measureKind: "ratio",
  baselineKind: "previous_6_months_average",
  baselineLabel: "Prev. 6 months average",
  baselineMonth: null,
  tolerance: null,
  trendThreshold: null,
  decimals: 0,
  showsRatePer10k: false,
  dfeMeasureId: "cp-visits",
};

const areas = [
  { id: "city", name: "City", parentId: null },
  { id: "east", name: "East", parentId: "city" },
  { id: "west", name: "West", parentId: "city" },
];

const figure = (
  areaId: string,
  period: string,
  numerator: number,
  denominator: number,
): ObservationRecord => ({
  areaId,
  period,
  indicatorId: "cp-visits",
  breakdown: "",
  numerator,
  denominator,
  value: null,
  source: "published",
});

function snapshot(parts: Partial<SeriesSnapshot>): SeriesSnapshot {
  return {
    indicator: visits,
    areas,
    ruleVersions: [],
    observations: [],
    targets: [],
    benchmarks: [],
    commentaries: [],
    populations: [],
    dfe: { la: { code: "330", regionCode: null }, measures: [], statistics: [], neighbours: {} },
    ...parts,
  };
}

describe("buildSeries", () => {
  it("rates each month with a figure against the target in force then", () => {
    const series = buildSeries(
      snapshot({
        // March is missing: the series skips it rather than inventing a point.
        observations: [figure("city", "2017-04", 85, 100), figure("city", "2017-01", 95, 100)],
        targets: [
          { indicatorId: "cp-visits", effectiveFrom: "2016-04", value: 90 },
          { indicatorId: "cp-visits", effectiveFrom: "2017-04", value: 95 },
        ],
      }),
      "city",
      {},
    );
    expect(series.points.map((point) => [point.period, point.value, point.target, point.rag])).toEqual([
      ["2017-01", 95, 90, "GREEN"],
      ["2017-04", 85, 95, "RED"],
    ]);
    expect(series.spc).toMatchObject({ improvement: "increase", target: 95, trial: true });
    expect(series.spc.points.map((point) => point.period)).toEqual(["2017-01", "2017-04"]);
  });

  it("rates each month by the rating rule in force then", () => {
    const series = buildSeries(
      snapshot({
        observations: [figure("city", "2017-12", 93, 100), figure("city", "2018-01", 93, 100)],
        targets: [{ indicatorId: "cp-visits", effectiveFrom: "2016-04", value: 95 }],
        // Until January 2018 lower was better (93 beat 95); from then higher is, with a 9.5-point band.
        ruleVersions: [
          {
            indicatorId: "cp-visits",
            effectiveUntil: "2018-01",
            polarity: "lower_is_better",
            baselineKind: "none",
            baselineLabel: "None",
            baselineMonth: null,
            tolerance: 1,
            trendThreshold: null,
          },
        ],
      }),
      "city",
      {},
    );
    expect(series.points.map((point) => [point.period, point.rag])).toEqual([
      ["2017-12", "GREEN"],
      ["2018-01", "AMBER"],
    ]);
    expect(series.spc.improvement).toBe("increase");
  });

  it("builds the area from its children within the range asked for", () => {
    const observations = ["2016-12", "2017-01", "2017-02"].flatMap((period) => [
      figure("east", period, 40, 50),
      figure("west", period, 45, 50),
    ]);
    const series = buildSeries(snapshot({ observations }), "city", { from: "2017-01", to: "2017-03" });
    expect(series.points.map((point) => [point.period, point.numerator, point.value])).toEqual([
      ["2017-01", 85, 85],
      ["2017-02", 85, 85],
    ]);
    expect(buildSeries(snapshot({ observations }), "east", {}).points).toHaveLength(3);
  });

  it("draws DfE's figures where DfE publishes that kind and the paper's elsewhere", () => {
    const paper = (kind: "national" | "regional", effectiveFrom: string) => ({
      indicatorId: "cp-visits",
      kind,
      value: 80,
      unit: "percent" as const,
      periodLabel: "2016",
      effectiveFrom,
      source: "paper",
    });
    const series = buildSeries(
      snapshot({
        benchmarks: [
          paper("regional", "2017-04"),
          paper("national", "2016-04"),
          paper("regional", "2016-04"),
        ],
        dfe: {
          la: { code: "330", regionCode: null },
          measures: [
            {
              id: "cp-visits",
              title: "Visits",
              unit: "percent",
              polarity: "higher_is_better",
              sourceFile: "f.csv",
              schedule: CHILDREN_IN_NEED_SCHEDULE,
              yearBasis: "year_ending_march",
            },
          ],
          statistics: [
            {
              measureId: "cp-visits",
              year: 2016,
              level: "national",
              code: "E92000001",
              name: "England",
              value: 88,
            },
          ],
          neighbours: {},
        },
      }),
      "city",
      {},
    );
    expect(series.benchmarks.map((b) => [b.origin, b.kind, b.effectiveFrom])).toEqual([
      ["dfe", "national", "2016-11"],
      ["paper", "regional", "2016-04"],
      ["paper", "regional", "2017-04"],
    ]);
  });

  it("gives the commentary in the range, by month", () => {
    const commentaries = [
      { indicatorId: "cp-visits", period: "2017-12", body: "December" },
      { indicatorId: "cp-visits", period: "2016-04", body: "April" },
      { indicatorId: "re-referrals", period: "2017-12", body: "Another indicator" },
    ];
    expect(buildSeries(snapshot({ commentaries }), "city", {}).commentary).toEqual([
      { period: "2016-04", body: "April" },
      { period: "2017-12", body: "December" },
    ]);
    expect(buildSeries(snapshot({ commentaries }), "city", { to: "2017-06" }).commentary).toHaveLength(1);
  });

  it("gives an empty series and chart when there are no figures", () => {
    const series = buildSeries(snapshot({}), "west", {});
    expect(series.points).toEqual([]);
    expect(series.spc).toMatchObject({ mean: null, points: [], variation: null, target: null });
  });
});

describe("improvementFor", () => {
  it("maps polarity to the SPC chart's good direction", () => {
    expect(improvementFor("higher_is_better")).toBe("increase");
    expect(improvementFor("lower_is_better")).toBe("decrease");
    expect(improvementFor("neutral")).toBe("neutral");
  });
});
