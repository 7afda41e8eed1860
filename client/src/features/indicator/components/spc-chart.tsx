import type { Spc } from "@scorecard/shared/api-schema";
import type { Unit } from "@scorecard/shared/indicator-schema";
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
import { ChartFrame, ChartLegend } from "../../../components/chart-frame.tsx";
import { formatValue } from "../../../lib/format.ts";
import { type AxisDomain, axisNote, tickLabel } from "./axis-domain.ts";
import { spcChartConfig } from "./chart-config.ts";
import { SpcDot, specialCauseColour } from "./chart-marks.tsx";
import type { SpcChartRow } from "./chart-rows.ts";
import { type LabelSide, placeLineLabels } from "./spc-line-labels.ts";
import { specialCauseLetter, specialCauseWords } from "./spc-words.ts";

const config = spcChartConfig();

/** A line's name written on the chart at its right end, with a white halo so it reads over the grid. */
const lineLabel = (value: string, side: LabelSide | undefined) =>
  side && {
    value,
    // A horizontal line's label box has no height: "insideBottom" sits above the line, "insideTop" below.
    position: side === "above" ? ("insideBottomRight" as const) : ("insideTopRight" as const),
    fontSize: 12,
    fill: "#0b0c0c",
    stroke: "#fff",
    strokeWidth: 3,
    paintOrder: "stroke",
  };

function LetterIcon({ letter, colour }: { letter: string; colour: string }) {
  return (
    <svg width="18" height="18" aria-hidden="true">
      <circle cx="9" cy="9" r="8.5" fill={colour} />
      <text x="9" y="9" dy="0.35em" textAnchor="middle" fontSize="11" fontWeight="700" fill="#fff">
        {letter}
      </text>
    </svg>
  );
}

/** The XmR chart: each month, the mean, the process limits (dashed) and special-cause months marked. */
export function SpcChart({
  spc,
  rows,
  domain,
  unit,
  decimals,
  title,
  description,
  tableId,
}: {
  spc: Spc;
  rows: readonly SpcChartRow[];
  domain: AxisDomain;
  unit: Unit;
  decimals: number;
  title: string;
  description: string;
  tableId: string;
}) {
  const causes =
    spc.improvement === "neutral" ? (["neutral"] as const) : (["improvement", "concern"] as const);
  const labelSides = placeLineLabels(
    { mean: spc.mean, target: spc.target, upper: spc.upperProcessLimit, lower: spc.lowerProcessLimit },
    domain,
  );
  const hasLimits = spc.upperProcessLimit !== null && spc.lowerProcessLimit !== null;
  const keys = [
    "value",
    ...(spc.mean === null ? [] : ["mean"]),
    ...(hasLimits ? ["limits"] : []),
    ...(spc.target === null ? [] : ["target"]),
  ];
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
            {spc.mean !== null && (
              <ReferenceLine
                y={spc.mean}
                stroke={config.mean.colour}
                strokeWidth={2}
                label={lineLabel("Mean", labelSides.mean)}
              />
            )}
            {spc.upperProcessLimit !== null && (
              <ReferenceLine
                y={spc.upperProcessLimit}
                stroke={config.limits.colour}
                strokeDasharray={config.limits.dash}
                strokeWidth={1.5}
                label={lineLabel("Upper process limit", labelSides.upper)}
              />
            )}
            {spc.lowerProcessLimit !== null && (
              <ReferenceLine
                y={spc.lowerProcessLimit}
                stroke={config.limits.colour}
                strokeDasharray={config.limits.dash}
                strokeWidth={1.5}
                label={lineLabel("Lower process limit", labelSides.lower)}
              />
            )}
            {spc.target !== null && (
              <ReferenceLine
                y={spc.target}
                stroke={config.target.colour}
                strokeDasharray={config.target.dash}
                strokeWidth={2}
                label={lineLabel("Target", labelSides.target)}
              />
            )}
            <Line
              type="linear"
              dataKey="value"
              name={config.value.label}
              stroke={config.value.colour}
              strokeWidth={1.5}
              dot={SpcDot}
              activeDot={false}
              isAnimationActive={false}
            />
          </ComposedChart>
        </ResponsiveContainer>
      </ChartFrame>
      <ChartLegend config={config} keys={keys} />
      <ul className="chart-legend indicator-marker-legend">
        {causes.map((cause) => (
          <li key={cause}>
            <LetterIcon letter={specialCauseLetter[cause]} colour={specialCauseColour[cause]} /> Special
            cause: {specialCauseWords[cause].toLowerCase()}
          </li>
        ))}
        <li>
          <svg width="14" height="14" aria-hidden="true">
            <circle cx="7" cy="7" r="3.5" fill="var(--colour-muted)" />
          </svg>{" "}
          Small grey dot: common cause (ordinary variation)
        </li>
      </ul>
      <p className="chart-note">{axisNote(domain, unit)}</p>
    </>
  );
}
