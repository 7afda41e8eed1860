import type { Unit } from "@scorecard/shared/indicator-schema";
import { periodLabel } from "@scorecard/shared/periods";
import {
  CartesianGrid,
  ComposedChart,
  Line,
  ReferenceLine,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from "recharts";
import { type ChartConfig, ChartFrame, ChartLegend } from "../../../components/chart-frame.tsx";
import { formatValue } from "../../../lib/format.ts";
import { type AxisDomain, axisNote, tickLabel } from "./axis-domain.ts";
import { stepDot, ValueDot } from "./chart-marks.tsx";
import { linesCoincide, missingMonths, type SeriesChartRow } from "./chart-rows.ts";

export type SeriesKey = "value" | "target" | "national" | "statisticalNeighbours";

const steppedKeys = ["target", "national", "statisticalNeighbours"] as const;

/** The value line with its target and the benchmarks, month by month. */
export function SeriesChart({
  rows,
  config,
  domain,
  unit,
  decimals,
  title,
  description,
  tableId,
  scorecardPeriod,
  benchmarkNote,
}: {
  rows: readonly SeriesChartRow[];
  config: ChartConfig & Record<SeriesKey, ChartConfig[string]>;
  domain: AxisDomain;
  unit: Unit;
  decimals: number;
  title: string;
  description: string;
  tableId: string;
  /** The month the reader came from on the scorecard, marked with a vertical line. */
  scorecardPeriod: string | null;
  /** Said under the chart when some benchmarks cannot be drawn on it. */
  benchmarkNote: string | null;
}) {
  const shown = steppedKeys.filter((key) => rows.some((row) => row[key] !== null));
  const gaps = missingMonths(rows);
  const markedIndex = rows.findIndex((row) => row.period === scorecardPeriod);
  const marked = markedIndex >= 0 ? scorecardPeriod : null;
  return (
    <>
      <ChartFrame title={title} description={description} tableId={tableId}>
        <ResponsiveContainer width="100%" height={340}>
          <ComposedChart
            data={[...rows]}
            margin={{ top: 16, right: 16, bottom: 4, left: 4 }}
            accessibilityLayer={false}
          >
            <CartesianGrid stroke="#dedede" vertical={false} />
            <XAxis
              dataKey="label"
              tick={{ fontSize: 12 }}
              minTickGap={12}
              padding={{ left: 12, right: 12 }}
            />
            <YAxis
              domain={[domain.min, domain.max]}
              ticks={domain.ticks}
              allowDataOverflow
              tickFormatter={(value: number) => tickLabel(value, unit, domain.step)}
              tick={{ fontSize: 12 }}
              width={64}
            />
            <Tooltip
              isAnimationActive={false}
              formatter={(value) => (typeof value === "number" ? formatValue(value, unit, decimals) : "—")}
            />
            {marked && (
              <ReferenceLine
                x={periodLabel(marked)}
                stroke="var(--colour-text)"
                strokeDasharray="1 3"
                label={{
                  value: "Scorecard month",
                  // Written on whichever side of the line has room, so it is not cut off at the edge.
                  position: markedIndex > rows.length / 2 ? "insideTopRight" : "insideTopLeft",
                  fontSize: 12,
                  fill: "#0b0c0c",
                }}
              />
            )}
            {shown.map((key) => (
              <Line
                key={key}
                type="stepAfter"
                dataKey={key}
                name={config[key].label}
                stroke={config[key].colour}
                strokeDasharray={config[key].dash}
                strokeWidth={2}
                dot={stepDot(
                  rows.map((row) => row[key]),
                  config[key].colour,
                )}
                activeDot={false}
                isAnimationActive={false}
              />
            ))}
            <Line
              type="linear"
              dataKey="value"
              name={config.value.label}
              stroke={config.value.colour}
              strokeWidth={2.5}
              dot={ValueDot}
              activeDot={false}
              isAnimationActive={false}
            />
          </ComposedChart>
        </ResponsiveContainer>
      </ChartFrame>
      <ChartLegend config={config} keys={["value", ...shown]} />
      <ul className="chart-legend indicator-marker-legend">
        <li>
          <svg width="14" height="14" aria-hidden="true">
            <circle cx="7" cy="7" r="4.5" fill="var(--chart-1)" stroke="var(--chart-1)" strokeWidth="2" />
          </svg>{" "}
          Filled circle: published figure (printed in a council paper)
        </li>
        <li>
          <svg width="14" height="14" aria-hidden="true">
            <circle cx="7" cy="7" r="4" fill="#fff" stroke="var(--chart-1)" strokeWidth="2" />
          </svg>{" "}
          Hollow circle: illustrative figure (generated history, not published)
        </li>
      </ul>
      <p className="chart-note">
        {axisNote(domain, unit)}
        {shown.length > 0 &&
          (shown.length === 1 && shown[0] === "target"
            ? " The target is a stepped line: it holds until it changes."
            : " Targets and benchmarks are stepped lines: each holds until it changes.")}
        {rows.some((row) => row.target === null) &&
          shown.includes("target") &&
          " A gap in the target line means there was no target."}
        {benchmarkNote && ` ${benchmarkNote}`}
        {linesCoincide(rows, "national", "statisticalNeighbours") &&
          " The national and statistical neighbours averages are the same, so their lines overlap."}
        {gaps > 0 &&
          ` ${gaps} of the ${rows.length} months shown have no figure; the line breaks at ${gaps === 1 ? "it" : "them"}.`}
      </p>
    </>
  );
}
