import type { Indicator, SeriesResponse, TargetsResponse } from "@scorecard/shared/api-schema";
import { formatValue } from "@scorecard/shared/figure-format";
import { PressedToggle } from "../../../components/pressed-toggle.tsx";
import { axisDomain } from "../../../lib/axis-domain.ts";
import { seriesChartConfig, unitWords } from "./chart-config.ts";
import { seriesDescription, spcDescription } from "./chart-descriptions.ts";
import {
  benchmarksInRange,
  buildSeriesRows,
  buildSpcRows,
  chartableBenchmarks,
  hasRateMeasure,
  type Measure,
  measureUnit,
  RATE_DECIMALS,
  type StepEntry,
} from "./chart-rows.ts";
import { SeriesChart } from "./series-chart.tsx";
import { SpcChart } from "./spc-chart.tsx";
import { SpcSummary } from "./spc-summary.tsx";

const measures = [
  { value: "number", label: "Number" },
  { value: "rate", label: "Rate per 10,000 children" },
] as const;

/** What the note under the trend chart says about the benchmarks and the target, in the measure drawn. */
function trendNote(series: SeriesResponse, measure: Measure, canShowRate: boolean, areaName: string) {
  if (measure === "rate") {
    return `Each month's rate is the number of children per 10,000 children aged 0 to 17 living in ${areaName}. Targets are set as numbers of children, so the target is on the Number chart, not this one.`;
  }
  const other = series.benchmarks.find((benchmark) => benchmark.unit !== series.unit);
  if (!other) return null;
  if (canShowRate) {
    return "The benchmarks for this indicator are rates per 10,000 children, so they cannot be drawn against numbers: choose “Rate per 10,000 children” above to see them against this area's rate. They are also listed under Benchmarks below.";
  }
  const unit =
    other.unit === "rate_per_10k" ? "rates per 10,000 children" : `in another unit (${other.unit})`;
  return `The benchmarks for this indicator are ${unit}, so they cannot be drawn against these figures; they are listed under Benchmarks below.`;
}

/** The trend chart (as a number, or as a rate per 10,000 where DfE benchmarks rates) and the SPC chart. */
export function IndicatorCharts({
  series,
  targets,
  indicator,
  areaName,
  decimals,
  tableId,
  scorecardPeriod,
  measure: askedMeasure,
  onMeasureChange,
}: {
  series: SeriesResponse;
  /** The target history; until it loads, each month's own target stands in for it. */
  targets: TargetsResponse["targets"] | null;
  indicator: Indicator;
  areaName: string;
  decimals: number;
  tableId: string;
  scorecardPeriod: string | null;
  /** The measure the address asks for; a rate is drawn only where the figures have one. */
  measure: Measure;
  onMeasureChange: (measure: Measure) => void;
}) {
  const canShowRate = hasRateMeasure(series);
  const measure = canShowRate ? askedMeasure : "number";
  const unit = series.unit;
  const trendUnit = measureUnit(series, measure);
  const trendDecimals = measure === "rate" ? RATE_DECIMALS : decimals;
  const format = (value: number) => formatValue(value, trendUnit, trendDecimals);
  const targetFormat = (value: number) => formatValue(value, unit, indicator.decimals);
  const steps: StepEntry[] =
    targets ?? series.points.map((point) => ({ effectiveFrom: point.period, value: point.target }));
  const rows = buildSeriesRows(series, steps, measure);
  const seriesDomain = axisDomain(
    rows.flatMap((row) => [row.value, row.target, row.national, row.regional, row.statisticalNeighbours]),
    trendUnit,
    trendDecimals,
  );
  const spc = series.spc;
  const spcRows = buildSpcRows(spc);
  const spcDomain = axisDomain(
    [...spcRows.map((row) => row.value), spc.mean, spc.upperProcessLimit, spc.lowerProcessLimit, spc.target],
    unit,
    decimals,
  );
  const rateWords = measure === "rate" ? ", rate per 10,000 children" : "";
  return (
    <>
      <section className="indicator-section" aria-labelledby="indicator-trend-heading">
        <h2 id="indicator-trend-heading">
          {measure === "rate"
            ? "Trend per 10,000 children against benchmarks"
            : "Trend against target and benchmarks"}
        </h2>
        {canShowRate && (
          <PressedToggle
            options={measures}
            value={measure}
            onChange={onMeasureChange}
            label="Show the trend as a number of children or as a rate per 10,000 children"
            small
          />
        )}
        {askedMeasure === "rate" && !canShowRate && (
          <p className="notice">
            There is no rate per 10,000 children for these figures, so the chart shows the number.
          </p>
        )}
        <SeriesChart
          rows={rows}
          config={seriesChartConfig(
            areaName,
            benchmarksInRange(
              chartableBenchmarks(series, measure),
              rows.map((row) => row.period),
            ),
            measure,
          )}
          frame={{
            domain: seriesDomain,
            unit: trendUnit,
            decimals: trendDecimals,
            title: `${indicator.title}${rateWords}, ${areaName}`,
            description: `${seriesDescription(rows, format, targetFormat)} ${unitWords(trendUnit)}`.trim(),
            tableId,
          }}
          scorecardPeriod={scorecardPeriod}
          note={trendNote(series, measure, canShowRate, areaName)}
        />
      </section>
      <section className="indicator-section" aria-labelledby="indicator-spc-heading">
        <h2 id="indicator-spc-heading">Statistical process control</h2>
        {measure === "rate" && (
          <p className="chart-note">The SPC chart reads the number of children each month, not the rate.</p>
        )}
        <SpcChart
          spc={spc}
          rows={spcRows}
          frame={{
            domain: spcDomain,
            unit,
            decimals,
            title: `SPC chart: ${indicator.title}, ${areaName}`,
            description: spcDescription(spc, (value) => formatValue(value, unit, decimals)),
            tableId,
          }}
        />
        <SpcSummary spc={spc} unit={unit} decimals={decimals} targetDecimals={indicator.decimals} />
      </section>
    </>
  );
}
