import type { BenchmarkMeasure } from "@scorecard/shared/api-schema";
import {
  longYearLabel as longLabel,
  shortYearLabel as shortLabel,
} from "@scorecard/shared/publication-schedule";

type MeasureYearBasis = Pick<BenchmarkMeasure, "yearBasis">;

/** A reporting year for axes and pickers: "2024-25", or "Sep 2025" for the workforce snapshot. */
export function shortYearLabel(measure: MeasureYearBasis, year: number): string {
  return shortLabel(measure.yearBasis, year);
}

/** The same year in full: "year ending March 2025", or "30 September 2025". */
export function longYearLabel(measure: MeasureYearBasis, year: number): string {
  return longLabel(measure.yearBasis, year);
}
