import type { Indicator, SeriesResponse } from "@scorecard/shared/api-schema";
import { fireEvent, render, screen } from "@testing-library/react";
import { describe, expect, it, vi } from "vitest";
import { IndicatorCharts } from "./indicator-charts.tsx";

const indicator: Indicator = {
  id: "cp-plans",
  ref: 5,
  title: "Children with a Child Protection Plan",
  definition: "Number of children with a Child Protection Plan.",
  unit: "count",
  polarity: "neutral",
  measureKind: "snapshot_count",
  baselineKind: "fixed_month",
  baselineMonth: "2017-03",
  tolerance: null,
  trendThreshold: null,
  decimals: 0,
  numeratorLabel: null,
  denominatorLabel: null,
  notes: null,
  baselineLabel: "Mar-17",
  showsRatePer10k: true,
};

const point = (period: string, value: number, ratePer10k: number | null) => ({
  period,
  value,
  numerator: null,
  denominator: null,
  ratePer10k,
  target: 850,
  rag: null,
  source: "published" as const,
});

const rateBenchmark = (kind: "national" | "regional" | "statistical_neighbours", value: number) => ({
  kind,
  value,
  unit: "rate_per_10k" as const,
  period: "2016-17",
  source: "DfE",
  origin: "dfe" as const,
  effectiveFrom: "2017-11",
});

const series: SeriesResponse = {
  indicatorId: "cp-plans",
  areaId: "city",
  unit: "count",
  points: [point("2017-11", 1001, 34.4), point("2017-12", 995, 34.2)],
  spc: {
    mean: 998,
    movingRangeMean: 6,
    upperProcessLimit: 1014,
    lowerProcessLimit: 982,
    points: [
      { period: "2017-11", value: 1001, specialCause: null, rules: [] },
      { period: "2017-12", value: 995, specialCause: null, rules: [] },
    ],
    variation: "common_cause",
    assurance: null,
    trial: true,
    improvement: "neutral",
    target: 850,
  },
  benchmarks: [
    rateBenchmark("national", 43.3),
    rateBenchmark("regional", 46.1),
    rateBenchmark("statistical_neighbours", 48),
  ],
  commentary: [],
  revisions: [],
};

function renderCharts(measure: "number" | "rate", data: SeriesResponse = series) {
  const onMeasureChange = vi.fn();
  render(
    <IndicatorCharts
      series={data}
      targets={null}
      indicator={indicator}
      areaName="Birmingham"
      decimals={0}
      tableId="figures"
      scorecardPeriod={null}
      measure={measure}
      onMeasureChange={onMeasureChange}
    />,
  );
  return onMeasureChange;
}

describe("IndicatorCharts", () => {
  it("draws the number with its target, and offers the rate where the benchmarks are rates", () => {
    const onMeasureChange = renderCharts("number");
    expect(screen.getByRole("button", { name: "Number" })).toHaveAttribute("aria-pressed", "true");
    expect(screen.getByText("Birmingham, each month")).toBeVisible();
    expect(screen.getByText("Target")).toBeVisible();
    expect(screen.getByText(/choose “Rate per 10,000 children” above/)).toBeVisible();
    fireEvent.click(screen.getByRole("button", { name: "Rate per 10,000 children" }));
    expect(onMeasureChange).toHaveBeenCalledWith("rate");
  });

  it("draws the rate with England, region and neighbours per 10,000, and no target", () => {
    renderCharts("rate");
    expect(screen.getByRole("button", { name: "Rate per 10,000 children" })).toHaveAttribute(
      "aria-pressed",
      "true",
    );
    expect(
      screen.getByRole("heading", { name: "Trend per 10,000 children against benchmarks" }),
    ).toBeVisible();
    expect(screen.getByText("Birmingham, per 10,000 children, each month")).toBeVisible();
    expect(
      screen.getByText("National (England) average per 10,000 children, figures for 2016-17"),
    ).toBeVisible();
    expect(screen.getByText("Regional average per 10,000 children, figures for 2016-17")).toBeVisible();
    expect(
      screen.getByText("Statistical neighbours average per 10,000 children, figures for 2016-17"),
    ).toBeVisible();
    expect(screen.queryByText("Target", { selector: ".chart-legend li" })).toBeNull();
    expect(screen.getByText(/the target is on the Number chart/)).toBeVisible();
    expect(
      screen.getByRole("img", { name: /In Dec-17 it was 34\.2 per 10,000\. Figures are rates per 10,000/ }),
    ).toBeVisible();
  });

  it("draws the number, without a toggle, where there is no rate (a team with no population)", () => {
    const noRate = { ...series, points: series.points.map((entry) => ({ ...entry, ratePer10k: null })) };
    renderCharts("rate", noRate);
    expect(screen.queryByRole("button", { name: "Rate per 10,000 children" })).toBeNull();
    expect(screen.getByText(/There is no rate per 10,000 children for these figures/)).toBeVisible();
    expect(screen.getByText("Birmingham, each month")).toBeVisible();
  });
});
