import type { Indicator, SeriesResponse } from "@scorecard/shared/api-schema";
import { render, screen, within } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { SeriesTable } from "./series-table.tsx";

const indicator: Indicator = {
  id: "re-referrals",
  ref: 2,
  title: "Re-referrals",
  definition: "Re-referrals as a percentage of referrals.",
  unit: "percent",
  polarity: "lower_is_better",
  measureKind: "ratio",
  baselineKind: "previous_6_months_cumulative",
  baselineMonth: null,
  tolerance: null,
  trendThreshold: null,
  decimals: 0,
  numeratorLabel: "No. re-referrals",
  denominatorLabel: "Total Referrals",
  notes: null,
  baselineLabel: "Prev. 6 months cumulative",
  showsRatePer10k: false,
};

const series: SeriesResponse = {
  indicatorId: "re-referrals",
  areaId: "city",
  unit: "percent",
  points: [
    {
      period: "2017-11",
      value: 23.6,
      numerator: 277,
      denominator: 1173,
      ratePer10k: null,
      target: null,
      rag: null,
      source: "illustrative",
    },
    {
      period: "2017-12",
      value: 21.71799,
      numerator: 268,
      denominator: 1234,
      ratePer10k: null,
      target: 24,
      rag: "GREEN",
      source: "published",
    },
  ],
  spc: {
    mean: 22.6,
    movingRangeMean: 1.9,
    upperProcessLimit: 27.7,
    lowerProcessLimit: 17.6,
    points: [
      { period: "2017-11", value: 23.6, specialCause: null, rules: [] },
      { period: "2017-12", value: 21.71799, specialCause: "improvement", rules: ["shift"] },
    ],
    variation: "special_cause_improvement",
    assurance: "inconsistent",
    trial: true,
    improvement: "decrease",
    target: 24,
  },
  benchmarks: [],
  commentary: [],
  revisions: [],
};

describe("SeriesTable", () => {
  it("lists the months newest first with figure, fraction, target, rating, source and SPC signal", () => {
    render(
      <SeriesTable id="figures" series={series} indicator={indicator} areaName="Birmingham" decimals={1} />,
    );
    const table = screen.getByRole("table", {
      name: /Re-referrals, Birmingham, November 2017 to December 2017/,
    });
    expect(table).toHaveAttribute("id", "figures");
    expect(
      within(table).getByRole("columnheader", { name: "No. re-referrals of Total Referrals" }),
    ).toBeVisible();
    const [, first, second] = within(table).getAllByRole("row");
    expect(within(first as HTMLElement).getByRole("rowheader")).toHaveTextContent("Dec-17");
    expect(first).toHaveTextContent("21.7%");
    expect(first).toHaveTextContent("268 of 1,234");
    expect(first).toHaveTextContent("24%");
    expect(first).toHaveTextContent("GREEN");
    expect(first).toHaveTextContent("Published");
    expect(first).toHaveTextContent("Improvement (run on one side of the mean)");
    expect(second).toHaveTextContent("No target");
    expect(second).toHaveTextContent("Not rated");
    expect(second).toHaveTextContent("Illustrative");
    expect(second).toHaveTextContent("No signal");
  });

  it("sits in a keyboard-focusable scroll region", () => {
    render(
      <SeriesTable id="figures" series={series} indicator={indicator} areaName="Birmingham" decimals={1} />,
    );
    expect(screen.getByRole("region", { name: "Re-referrals by month" })).toHaveAttribute("tabindex", "0");
  });

  it("adds a Per 10,000 column for a count the papers also give as a rate", () => {
    const cpPlans: SeriesResponse = {
      ...series,
      unit: "count",
      points: series.points.map((entry, i) => ({
        ...entry,
        value: 990 + i * 5,
        numerator: null,
        denominator: null,
        ratePer10k: 34 + i * 0.21,
      })),
    };
    render(
      <SeriesTable
        id="figures"
        series={cpPlans}
        indicator={{ ...indicator, title: "Children with a Child Protection Plan", unit: "count" }}
        areaName="Birmingham"
        decimals={0}
      />,
    );
    const table = screen.getByRole("table", { name: /Children with a Child Protection Plan, Birmingham/ });
    expect(within(table).getByRole("columnheader", { name: "Per 10,000" })).toBeVisible();
    const [, first] = within(table).getAllByRole("row");
    expect(first).toHaveTextContent("995");
    expect(first).toHaveTextContent("34.2");
  });

  it("has no Per 10,000 column for other indicators", () => {
    render(
      <SeriesTable id="figures" series={series} indicator={indicator} areaName="Birmingham" decimals={1} />,
    );
    expect(screen.queryByRole("columnheader", { name: "Per 10,000" })).toBeNull();
  });
});
