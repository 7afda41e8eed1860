import type { Unit } from "@scorecard/shared/indicator-schema";
import type { ChartConfig } from "../../../components/chart-frame.tsx";
import { type Benchmark, benchmarkHistory, type Measure, vintageText } from "./chart-rows.ts";

/**
 * Colours from the Analysis Function palette (each ≥ 3:1 on white); every line also has its own dash.
 * `benchmarks` should be those in force in the months charted (`benchmarksInRange`). As a rate, every
 * label says "per 10,000 children", so the legend cannot be read as numbers of children.
 */
export function seriesChartConfig(areaName: string, benchmarks: readonly Benchmark[], measure: Measure) {
  const per = measure === "rate" ? " per 10,000 children" : "";
  const benchmarkLabel = (name: string, kind: Benchmark["kind"]) =>
    `${name}${per}, ${vintageText(benchmarkHistory(benchmarks, kind))}`;
  return {
    value: { label: `${areaName}${per ? `,${per}` : ""}, each month`, colour: "var(--chart-1)" },
    target: { label: "Target", colour: "var(--colour-text)", dash: "8 4" },
    national: {
      label: benchmarkLabel("National (England) average", "national"),
      colour: "var(--chart-3)",
      dash: "2 3",
    },
    regional: {
      label: benchmarkLabel("Regional average", "regional"),
      colour: "var(--chart-2)",
      dash: "4 2",
    },
    statisticalNeighbours: {
      label: benchmarkLabel("Statistical neighbours average", "statistical_neighbours"),
      colour: "var(--chart-4)",
      dash: "10 3 2 3",
    },
  } satisfies ChartConfig;
}

export function spcChartConfig() {
  return {
    value: { label: "Each month (thin grey line)", colour: "var(--colour-muted)" },
    mean: { label: "Mean (solid black line)", colour: "var(--colour-text)" },
    limits: { label: "Upper and lower process limits", colour: "var(--colour-muted)", dash: "6 4" },
    target: { label: "Target (latest month)", colour: "var(--colour-text)", dash: "8 4" },
  } satisfies ChartConfig;
}

/** What the figures are measured in, for a chart description. */
export function unitWords(unit: Unit): string {
  switch (unit) {
    case "percent":
      return "Figures are percentages.";
    case "days":
      return "Figures are in days.";
    case "rate_per_10k":
      return "Figures are rates per 10,000 children.";
    case "count":
      return "Figures are numbers of children or cases.";
    case "number":
      return "";
  }
}
