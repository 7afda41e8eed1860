import type { ScorecardRow, SeriesResponse } from "@scorecard/shared/api-schema";
import { periodLabel } from "@scorecard/shared/periods";

/** The Analysis Function's accessible palette: the figure, the target, the benchmarks. */
const COLOURS = { value: "#12436D", target: "#28A197", england: "#801650", sn: "#F46A25", limit: "#3D3D3D" };
const SPECIAL_CAUSE_COLOURS = { improvement: "#1D70B8", concern: "#F46A25", neutral: "#A285D1" };

export const CHART_WIDTH = 360;
export const CHART_HEIGHT = 170;
const PLOT = { left: 44, right: 18, top: 10, bottom: 30 };

interface Line {
  values: readonly (number | null)[];
  colour: string;
  dash?: string;
  width?: number;
}

const escapeXml = (text: string) =>
  text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

function niceStep(span: number): number {
  const raw = span / 4;
  const magnitude = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 2.5, 5, 10].map((m) => m * magnitude).find((candidate) => candidate >= raw);
  return step ?? magnitude * 10;
}

/** An SVG line chart of months across, with a y axis in round steps; points marked where given. */
function lineChart(
  periods: readonly string[],
  lines: readonly Line[],
  markers: readonly { index: number; value: number; colour: string }[],
): string {
  const all = lines.flatMap((line) => line.values.filter((value): value is number => value !== null));
  if (all.length === 0 || periods.length === 0) {
    return `<svg xmlns="http://www.w3.org/2000/svg" width="${CHART_WIDTH}" height="${CHART_HEIGHT}"><text x="${CHART_WIDTH / 2}" y="${CHART_HEIGHT / 2}" text-anchor="middle" font-size="9">No figures for these months</text></svg>`;
  }
  const rawMin = Math.min(...all);
  const rawMax = Math.max(...all);
  const step = niceStep(rawMax - rawMin || Math.abs(rawMax) || 1);
  const min = Math.floor(rawMin / step) * step - (rawMin === rawMax ? step : 0);
  const max = Math.ceil(rawMax / step) * step + (rawMin === rawMax ? step : 0);
  const plotWidth = CHART_WIDTH - PLOT.left - PLOT.right;
  const plotHeight = CHART_HEIGHT - PLOT.top - PLOT.bottom;
  const x = (index: number) =>
    PLOT.left + (periods.length === 1 ? plotWidth / 2 : (index * plotWidth) / (periods.length - 1));
  const y = (value: number) => PLOT.top + plotHeight - ((value - min) / (max - min)) * plotHeight;
  const parts: string[] = [];
  for (let tick = min; tick <= max + step / 2; tick += step) {
    const label = Number(tick.toFixed(6)).toLocaleString("en-GB");
    parts.push(
      `<line x1="${PLOT.left}" x2="${CHART_WIDTH - PLOT.right}" y1="${y(tick)}" y2="${y(tick)}" stroke="#DDDDDD" stroke-width="0.5"/>`,
      `<text x="${PLOT.left - 4}" y="${y(tick) + 3}" text-anchor="end" font-size="7" fill="#3D3D3D">${label}</text>`,
    );
  }
  periods.forEach((period, index) => {
    if (index % 2 === 0 || index === periods.length - 1) {
      parts.push(
        `<text x="${x(index)}" y="${CHART_HEIGHT - PLOT.bottom + 12}" text-anchor="middle" font-size="7" fill="#3D3D3D">${escapeXml(periodLabel(period))}</text>`,
      );
    }
  });
  for (const line of lines) {
    let path = "";
    line.values.forEach((value, index) => {
      if (value === null) return;
      path += `${path === "" || line.values[index - 1] === null ? "M" : "L"}${x(index).toFixed(1)},${y(value).toFixed(1)} `;
    });
    if (path) {
      parts.push(
        `<path d="${path.trim()}" fill="none" stroke="${line.colour}" stroke-width="${line.width ?? 1}"${line.dash ? ` stroke-dasharray="${line.dash}"` : ""}/>`,
      );
    }
  }
  for (const marker of markers) {
    parts.push(`<circle cx="${x(marker.index)}" cy="${y(marker.value)}" r="2.6" fill="${marker.colour}"/>`);
  }
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${CHART_WIDTH}" height="${CHART_HEIGHT}" viewBox="0 0 ${CHART_WIDTH} ${CHART_HEIGHT}">${parts.join("")}</svg>`;
}

/** The 13-month trend: the figure, its target month by month, and England's and the neighbours' figures. */
export function trendChartSvg(row: ScorecardRow, series: SeriesResponse): string {
  const periods = series.points.map((point) => point.period);
  const flat = (kind: "national" | "statistical_neighbours") => {
    const benchmark = row.benchmarks.find((entry) => entry.kind === kind);
    return periods.map(() => benchmark?.value ?? null);
  };
  const lines: Line[] = [
    { values: flat("national"), colour: COLOURS.england, dash: "4 2" },
    { values: flat("statistical_neighbours"), colour: COLOURS.sn, dash: "1 2" },
    { values: series.points.map((point) => point.target), colour: COLOURS.target, dash: "6 3", width: 1.2 },
    { values: series.points.map((point) => point.value), colour: COLOURS.value, width: 1.8 },
  ];
  const markers = series.points.flatMap((point, index) =>
    point.value === null ? [] : [{ index, value: point.value, colour: COLOURS.value }],
  );
  return lineChart(periods, lines, markers);
}

/** The XmR chart: the figure, its mean and process limits, special-cause points coloured by kind. */
export function spcChartSvg(series: SeriesResponse): string {
  const { spc } = series;
  const periods = spc.points.map((point) => point.period);
  const flat = (value: number | null) => periods.map(() => value);
  const lines: Line[] = [
    { values: flat(spc.upperProcessLimit), colour: COLOURS.limit, dash: "3 2", width: 0.8 },
    { values: flat(spc.lowerProcessLimit), colour: COLOURS.limit, dash: "3 2", width: 0.8 },
    { values: flat(spc.mean), colour: COLOURS.limit, width: 0.8 },
    { values: flat(spc.target), colour: COLOURS.target, dash: "6 3", width: 1.2 },
    { values: spc.points.map((point) => point.value), colour: "#6F777B", width: 1.2 },
  ];
  const markers = spc.points.map((point, index) => ({
    index,
    value: point.value,
    colour: point.specialCause ? SPECIAL_CAUSE_COLOURS[point.specialCause] : "#6F777B",
  }));
  return lineChart(periods, lines, markers);
}

export const CHART_KEY = {
  trend: [
    { label: "This area", colour: COLOURS.value },
    { label: "Target", colour: COLOURS.target },
    { label: "England", colour: COLOURS.england },
    { label: "Statistical neighbours", colour: COLOURS.sn },
  ],
  spc: [
    { label: "Mean and process limits", colour: COLOURS.limit },
    { label: "Special cause: improvement", colour: SPECIAL_CAUSE_COLOURS.improvement },
    { label: "Special cause: concern", colour: SPECIAL_CAUSE_COLOURS.concern },
    { label: "Special cause: neither", colour: SPECIAL_CAUSE_COLOURS.neutral },
  ],
};
