import type { BenchmarkHistoryResponse, BenchmarkMeasure } from "@scorecard/shared/api-schema";
import { formatValue } from "@scorecard/shared/figure-format";
import { shortYearLabel } from "./year-labels.ts";

export type HistoryKey = "value" | "national" | "region" | "neighboursMean";

export interface HistoryRow {
  year: number;
  label: string;
  value: number | null;
  national: number | null;
  region: number | null;
  neighboursMean: number | null;
}

export function historyRows(history: BenchmarkHistoryResponse, measure: BenchmarkMeasure): HistoryRow[] {
  return history.years.map((entry) => ({
    year: entry.year,
    label: shortYearLabel(measure, entry.year),
    value: entry.value,
    national: entry.national,
    region: entry.region,
    neighboursMean: entry.neighboursMean,
  }));
}

/** The chart in words: each line's first and latest figure, and the years without one. */
export function historyDescription(
  rows: readonly HistoryRow[],
  names: Record<HistoryKey, string>,
  measure: BenchmarkMeasure,
): string {
  const first = rows[0];
  const last = rows.at(-1);
  if (!first || !last) return "No figures.";
  const parts = (Object.keys(names) as HistoryKey[]).flatMap((key) => {
    const held = rows.filter((row) => row[key] !== null);
    const from = held[0];
    const to = held.at(-1);
    if (!from || !to) return [`${names[key]}: no figures`];
    const text = (row: HistoryRow) =>
      `${formatValue(row[key], measure.unit, measure.decimals)} in ${row.label}`;
    return [from === to ? `${names[key]} ${text(to)}` : `${names[key]} ${text(from)} and ${text(to)}`];
  });
  return `Lines from ${first.label} to ${last.label}. ${parts.join("; ")}.`;
}

/** How many years a line has no figure in, so the page can explain its gaps. */
export function yearsWithout(rows: readonly HistoryRow[], key: HistoryKey): number {
  return rows.filter((row) => row[key] === null).length;
}
