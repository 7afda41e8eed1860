import type { Indicator, SeriesResponse, TargetsResponse } from "@scorecard/shared/api-schema";
import { formatValue } from "../../../lib/format.ts";
import { valueAxisDomain } from "./axis-domain.ts";
import { seriesChartConfig, unitWords } from "./chart-config.ts";
import { seriesDescription, spcDescription } from "./chart-descriptions.ts";
import {
  benchmarksInRange,
  buildSeriesRows,
  buildSpcRows,
  chartableBenchmarks,
  type StepEntry,
} from "./chart-rows.ts";
import { SeriesChart } from "./series-chart.tsx";
import { SpcChart } from "./spc-chart.tsx";
import { SpcSummary } from "./spc-summary.tsx";

/** Why benchmarks held for the indicator are not on the chart, if they are in another unit. */
function otherUnitNote(series: SeriesResponse): string | null {
  const other = series.benchmarks.find((benchmark) => benchmark.unit !== series.unit);
  if (!other) return null;
  const unit =
    other.unit === "rate_per_10k" ? "rates per 10,000 children" : `in another unit (${other.unit})`;
  return `The benchmarks for this indicator are ${unit}, so they cannot be drawn against these figures; they are listed under Benchmarks below.`;
}

/** The trend chart and the SPC chart with its reading in words. */
export function IndicatorCharts({
  series,
  targets,
  indicator,
  areaName,
  decimals,
  tableId,
  scorecardPeriod,
}: {
  series: SeriesResponse;
  /** The target history; until it loads, each month's own target stands in for it. */
  targets: TargetsResponse["targets"] | null;
  indicator: Indicator;
  areaName: string;
  decimals: number;
  tableId: string;
  scorecardPeriod: string | null;
}) {
  const unit = series.unit;
  const format = (value: number) => formatValue(value, unit, decimals);
  const targetFormat = (value: number) => formatValue(value, unit, indicator.decimals);
  const steps: StepEntry[] =
    targets ?? series.points.map((point) => ({ effectiveFrom: point.period, value: point.target }));
  const rows = buildSeriesRows(series, steps);
  const seriesDomain = valueAxisDomain(
    rows.flatMap((row) => [row.value, row.target, row.national, row.statisticalNeighbours]),
    unit,
    decimals,
  );
  const spc = series.spc;
  const spcRows = buildSpcRows(spc);
  const spcDomain = valueAxisDomain(
    [...spcRows.map((row) => row.value), spc.mean, spc.upperProcessLimit, spc.lowerProcessLimit, spc.target],
    unit,
    decimals,
  );
  return (
    <>
      <section className="indicator-section" aria-labelledby="indicator-trend-heading">
        <h2 id="indicator-trend-heading">Trend against target and benchmarks</h2>
        <SeriesChart
          rows={rows}
          config={seriesChartConfig(
            areaName,
            benchmarksInRange(
              chartableBenchmarks(series),
              rows.map((row) => row.period),
            ),
          )}
          domain={seriesDomain}
          unit={unit}
          decimals={decimals}
          title={`${indicator.title}, ${areaName}`}
          description={`${seriesDescription(rows, format, targetFormat)} ${unitWords(unit)}`.trim()}
          tableId={tableId}
          scorecardPeriod={scorecardPeriod}
          benchmarkNote={otherUnitNote(series)}
        />
      </section>
      <section className="indicator-section" aria-labelledby="indicator-spc-heading">
        <h2 id="indicator-spc-heading">Statistical process control</h2>
        <SpcChart
          spc={spc}
          rows={spcRows}
          domain={spcDomain}
          unit={unit}
          decimals={decimals}
          title={`SPC chart: ${indicator.title}, ${areaName}`}
          description={spcDescription(spc, format)}
          tableId={tableId}
        />
        <SpcSummary spc={spc} unit={unit} decimals={decimals} targetDecimals={indicator.decimals} />
      </section>
    </>
  );
}
