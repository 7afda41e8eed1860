import type { DotItemDotProps } from "recharts";
import { isIsolated, type SeriesChartRow, type SpcChartRow } from "./chart-rows.ts";
import { specialCauseLetter } from "./spc-words.ts";

/**
 * Custom Recharts marks. Meaning never rests on colour alone: published months are filled and
 * illustrative months hollow; special-cause months carry a letter (I, C or N) in their circle.
 */

export const specialCauseColour = {
  improvement: "var(--chart-1)",
  concern: "var(--chart-4)",
  neutral: "var(--chart-3)",
} as const;
export const commonCauseColour = "var(--colour-muted)";

const hasPoint = (props: DotItemDotProps) =>
  typeof props.cx === "number" && typeof props.cy === "number" && props.value != null;

/** Filled circle for a published month, hollow for an illustrative one. */
export function ValueDot(props: DotItemDotProps) {
  if (!hasPoint(props)) return null;
  const row = props.payload as SeriesChartRow;
  const published = row.source === "published";
  return (
    <circle
      cx={props.cx}
      cy={props.cy}
      r={published ? 4.5 : 4}
      fill={published ? "var(--chart-1)" : "#fff"}
      stroke="var(--chart-1)"
      strokeWidth={2}
    />
  );
}

/**
 * A stepped line draws nothing for a value that holds in one month only (a target or benchmark first
 * used in the last month shown), so such a value gets a short level dash of its own.
 */
export function stepDot(values: readonly (number | null)[], colour: string) {
  return function renderStepDot(props: DotItemDotProps) {
    if (!hasPoint(props) || !isIsolated(values, props.index)) return null;
    const x = props.cx ?? 0;
    const y = props.cy ?? 0;
    return <line x1={x - 10} x2={x + 10} y1={y} y2={y} stroke={colour} strokeWidth={3} />;
  };
}

/** Pixels between neighbouring months, so icons can shrink where 36 months share a phone screen. */
function monthSpacing(props: DotItemDotProps): number {
  const [first, second] = props.points;
  if (first?.x == null || second?.x == null) return Number.POSITIVE_INFINITY;
  return Math.abs(second.x - first.x);
}

/** Icon radius: 8.5 px where there is room, down to 6.5 px on narrow charts (the table has every letter). */
export function iconRadius(spacing: number): number {
  return Math.min(8.5, Math.max(6.5, spacing * 0.55));
}

/** A special-cause month as a coloured circle with its letter; any other month as a small grey dot. */
export function SpcDot(props: DotItemDotProps) {
  if (!hasPoint(props)) return null;
  const row = props.payload as SpcChartRow;
  const x = props.cx ?? 0;
  const y = props.cy ?? 0;
  if (!row.specialCause) return <circle cx={x} cy={y} r={3.5} fill={commonCauseColour} />;
  const r = iconRadius(monthSpacing(props));
  return (
    <g>
      <circle cx={x} cy={y} r={r} fill={specialCauseColour[row.specialCause]} stroke="#fff" />
      <text x={x} y={y} dy="0.35em" textAnchor="middle" fontSize={r * 1.3} fontWeight={700} fill="#fff">
        {specialCauseLetter[row.specialCause]}
      </text>
    </g>
  );
}

/**
 * A Making Data Count style icon for a legend or a summary: a letter in a circle, `size` pixels across.
 * Decorative: the words beside it carry the meaning.
 */
export function LetterIcon({
  letter,
  colour,
  size,
  className,
}: {
  letter: string;
  colour: string;
  size: number;
  className?: string;
}) {
  const centre = size / 2;
  return (
    <svg className={className} width={size} height={size} viewBox={`0 0 ${size} ${size}`} aria-hidden="true">
      <circle cx={centre} cy={centre} r={centre - 0.5} fill={colour} />
      <text
        x={centre}
        y={centre}
        dy="0.35em"
        textAnchor="middle"
        fontSize={Math.round(4 + size * 0.4)}
        fontWeight="700"
        fill="#fff"
      >
        {letter}
      </text>
    </svg>
  );
}
