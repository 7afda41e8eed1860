import { periodLabel } from "@scorecard/shared/periods";
import { Line, ReferenceLine } from "recharts";
import { type ChartConfig, ChartLegend } from "../../../components/chart-frame.tsx";
import { axisNote } from "../../../lib/axis-domain.ts";
import { stepDot, ValueDot } from "./chart-marks.tsx";
import { linesCoincide, missingMonths, type SeriesChartRow } from "./chart-rows.ts";
import { MonthlyChart, type MonthlyChartFrame } from "./monthly-chart.tsx";

export type SeriesKey = "value" | "target" | "national" | "regional" | "statisticalNeighbours";

const steppedKeys = ["target", "national", "regional", "statisticalNeighbours"] as const;

/** The value line (a number or a rate per 10,000) with its target and the benchmarks, month by month. */
export function SeriesChart({
  rows,
  config,
  frame,
  scorecardPeriod,
  note,
}: {
  rows: readonly SeriesChartRow[];
  config: ChartConfig & Record<SeriesKey, ChartConfig[string]>;
  frame: MonthlyChartFrame;
  /** The month the reader came from on the scorecard, marked with a vertical line. */
  scorecardPeriod: string | null;
  /** Said under the chart: what the figures are, or why some benchmarks or the target are not on it. */
  note: string | null;
}) {
  const shown = steppedKeys.filter((key) => rows.some((row) => row[key] !== null));
  const gaps = missingMonths(rows);
  const markedIndex = rows.findIndex((row) => row.period === scorecardPeriod);
  const marked = markedIndex >= 0 ? scorecardPeriod : null;
  return (
    <>
      <MonthlyChart
        rows={rows}
        frame={frame}
        valueLine={{ label: config.value.label, colour: config.value.colour, width: 2.5, dot: ValueDot }}
      >
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
      </MonthlyChart>
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
        {axisNote(frame.domain, frame.unit)}
        {shown.length > 0 &&
          (shown.length === 1 && shown[0] === "target"
            ? " The target is a stepped line: it holds until it changes."
            : shown.includes("target")
              ? " Targets and benchmarks are stepped lines: each holds until it changes."
              : " Benchmarks are stepped lines: each holds until it changes.")}
        {rows.some((row) => row.target === null) &&
          shown.includes("target") &&
          " A gap in the target line means there was no target."}
        {note && ` ${note}`}
        {linesCoincide(rows, "national", "statisticalNeighbours") &&
          " The national and statistical neighbours averages are the same, so their lines overlap."}
        {gaps > 0 &&
          ` ${gaps} of the ${rows.length} months shown have no figure; the line breaks at ${gaps === 1 ? "it" : "them"}.`}
      </p>
    </>
  );
}
