import type { Spc } from "@scorecard/shared/api-schema";
import { ReferenceLine } from "recharts";
import { ChartLegend } from "../../../components/chart-frame.tsx";
import { axisNote } from "../../../lib/axis-domain.ts";
import { spcChartConfig } from "./chart-config.ts";
import { LetterIcon, SpcDot, specialCauseColour } from "./chart-marks.tsx";
import type { SpcChartRow } from "./chart-rows.ts";
import { MonthlyChart, type MonthlyChartFrame } from "./monthly-chart.tsx";
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

/** The XmR chart: each month, the mean, the process limits (dashed) and special-cause months marked. */
export function SpcChart({
  spc,
  rows,
  frame,
}: {
  spc: Spc;
  rows: readonly SpcChartRow[];
  frame: MonthlyChartFrame;
}) {
  const causes =
    spc.improvement === "neutral" ? (["neutral"] as const) : (["improvement", "concern"] as const);
  const labelSides = placeLineLabels(
    { mean: spc.mean, target: spc.target, upper: spc.upperProcessLimit, lower: spc.lowerProcessLimit },
    frame.domain,
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
      <MonthlyChart
        rows={rows}
        frame={frame}
        valueLine={{ label: config.value.label, colour: config.value.colour, width: 1.5, dot: SpcDot }}
      >
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
      </MonthlyChart>
      <ChartLegend config={config} keys={keys} />
      <ul className="chart-legend indicator-marker-legend">
        {causes.map((cause) => (
          <li key={cause}>
            <LetterIcon size={18} letter={specialCauseLetter[cause]} colour={specialCauseColour[cause]} />{" "}
            Special cause: {specialCauseWords[cause].toLowerCase()}
          </li>
        ))}
        <li>
          <svg width="14" height="14" aria-hidden="true">
            <circle cx="7" cy="7" r="3.5" fill="var(--colour-muted)" />
          </svg>{" "}
          Small grey dot: common cause (ordinary variation)
        </li>
      </ul>
      <p className="chart-note">{axisNote(frame.domain, frame.unit)}</p>
    </>
  );
}
