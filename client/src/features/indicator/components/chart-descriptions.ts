import type { Spc } from "@scorecard/shared/api-schema";
import { periodLabel } from "@scorecard/shared/periods";
import type { SeriesChartRow } from "./chart-rows.ts";

type Format = (value: number) => string;

const listWords = (items: readonly string[]) =>
  items.length <= 1 ? (items[0] ?? "") : `${items.slice(0, -1).join(", ")} and ${items.at(-1)}`;

const rangeWords = (first: string, last: string) =>
  first === last
    ? `One month, ${periodLabel(first)}`
    : `Each month from ${periodLabel(first)} to ${periodLabel(last)}`;

/** The series chart in a sentence or two, after its title, for its accessible name and caption. */
export function seriesDescription(
  rows: readonly SeriesChartRow[],
  format: Format,
  targetFormat: Format,
): string {
  const first = rows[0];
  const last = rows.at(-1);
  if (!first || !last) return "No figures.";
  const extras = [
    rows.some((row) => row.target !== null) ? "the target" : null,
    rows.some((row) => row.national !== null) ? "the national average" : null,
    rows.some((row) => row.regional !== null) ? "the regional average" : null,
    rows.some((row) => row.statisticalNeighbours !== null) ? "the statistical neighbours average" : null,
  ].filter((item): item is string => item !== null);
  const latest = rows.findLast((row) => row.value !== null);
  const latestWords =
    latest && latest.value !== null
      ? ` In ${periodLabel(latest.period)} it was ${format(latest.value)}${
          latest.target === null ? "" : `, against a target of ${targetFormat(latest.target)}`
        }.`
      : "";
  return `${rangeWords(first.period, last.period)}${
    extras.length > 0 ? `, with ${listWords(extras)}` : ""
  }.${latestWords}`;
}

/** The SPC chart in a sentence, counting the months that are special causes. */
export function spcDescription(spc: Spc, format: Format): string {
  const first = spc.points[0];
  const last = spc.points.at(-1);
  if (!first || !last || spc.mean === null) return "No figures.";
  const special = spc.points.filter((point) => point.specialCause !== null).length;
  const limits =
    spc.upperProcessLimit !== null && spc.lowerProcessLimit !== null
      ? `, process limits ${format(spc.lowerProcessLimit)} and ${format(spc.upperProcessLimit)}`
      : "";
  const signals =
    special === 0
      ? "No month is a special cause."
      : `${special} of ${spc.points.length} months ${special === 1 ? "is a special cause" : "are special causes"}.`;
  return `${rangeWords(first.period, last.period)}, with the mean of ${format(spc.mean)}${limits}. ${signals}`;
}
