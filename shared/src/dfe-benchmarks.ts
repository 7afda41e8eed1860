import type { BenchmarkValue, SnModel } from "./api-schema.ts";
import { type DfeBenchmarkFigures, dfeBenchmarkFigures } from "./dfe-benchmark-figures.ts";
import type { Polarity, Unit } from "./indicator-schema.ts";
import { SN_MODEL_LABELS, snModelInForce } from "./neighbour-model.ts";
import {
  latestPublishedYear,
  type PublicationSchedule,
  publishedFrom,
  type ReportingYearBasis,
  shortYearLabel,
} from "./publication-schedule.ts";

/**
 * The benchmarks a scorecard takes from DfE's published statistics: England, the region and the
 * statistical-neighbour mean, for the latest reporting year published by the scorecard's month.
 * The server loads the figures (`DfeFigures`); these functions decide which of them stand.
 */

/** A measure DfE publishes by LA, as the benchmark needs it. */
export interface DfeMeasure {
  id: string;
  title: string;
  unit: Unit;
  polarity: Polarity;
  sourceFile: string;
  schedule: PublicationSchedule;
  yearBasis: ReportingYearBasis;
}

/** The geographies DfE publishes figures for. */
export const GEOGRAPHIC_LEVELS = ["national", "regional", "local_authority"] as const;

/** One published figure: a measure's value for one year and geography (null when suppressed). */
export interface DfeStatistic {
  measureId: string;
  year: number;
  level: (typeof GEOGRAPHIC_LEVELS)[number];
  code: string;
  name: string;
  value: number | null;
}

export interface DfeFigures {
  /** The scorecard's LA by old (3-digit) code, and its region's code. */
  la: { code: string; regionCode: string | null };
  /** The DfE measures the scorecard's indicators are benchmarked against (see `IndicatorRules.dfeMeasureId`). */
  measures: readonly DfeMeasure[];
  statistics: readonly DfeStatistic[];
  /** The LA's neighbours' codes in order, for each model held. */
  neighbours: Partial<Record<SnModel, readonly string[]>>;
}

export type DfeBenchmarkStep = BenchmarkValue & { effectiveFrom: string };

/** Years looked back when the expected year is missing (a late release, or a suppressed England row). */
export const DFE_FALLBACK_YEARS = 2;

/** The reporting years a scorecard for `period` may show for a measure: the latest published first. */
export function dfeCandidateYears(measure: Pick<DfeMeasure, "schedule">, period: string): number[] {
  const newest = latestPublishedYear(period, measure.schedule);
  return Array.from({ length: DFE_FALLBACK_YEARS + 1 }, (_, i) => newest - i);
}

/**
 * The same figures already computed for the LA (`dfeBenchmarkFigures`, stored at import): each
 * measure, year and model the LA's benchmarks may come from. The functions below give the same
 * answer from either form.
 */
export interface DfeStoredFigures {
  la: DfeFigures["la"];
  measures: readonly DfeMeasure[];
  stored: readonly DfeBenchmarkFigures[];
}

export type DfeBenchmarkSource = DfeFigures | DfeStoredFigures;

/** The LA's figures for one measure, year and model; null when DfE has no row for that year. */
function figuresFor(
  source: DfeBenchmarkSource,
  measure: DfeMeasure,
  year: number,
  model: SnModel,
): DfeBenchmarkFigures | null {
  if ("stored" in source) {
    return (
      source.stored.find(
        (entry) => entry.measureId === measure.id && entry.year === year && entry.model === model,
      ) ?? null
    );
  }
  const rows = source.statistics.filter((row) => row.measureId === measure.id && row.year === year);
  if (rows.length === 0) return null;
  const neighbours = source.neighbours[model] ?? [];
  return dfeBenchmarkFigures({ measure, year, model, rows, la: source.la, neighbours });
}

/** One year of a measure as benchmarks: England, the neighbours' mean and the region, where published. */
function benchmarksForYear(measure: DfeMeasure, figures: DfeBenchmarkFigures | null): BenchmarkValue[] {
  if (!figures) return [];
  const label = shortYearLabel(measure.yearBasis, figures.year);
  const source = `DfE ${measure.title}, ${label} (${measure.sourceFile})`;
  const entries: BenchmarkValue[] = [];
  const entry = (kind: BenchmarkValue["kind"], value: number, entrySource: string): BenchmarkValue => ({
    kind,
    value,
    unit: measure.unit,
    period: label,
    source: entrySource,
    origin: "dfe",
  });
  if (figures.national !== null) entries.push(entry("national", figures.national, source));
  if (figures.neighboursMean !== null) {
    const neighboursSource = `Mean of ${figures.neighboursWithValues} statistical neighbours with figures (${SN_MODEL_LABELS[figures.model]}); ${source}`;
    entries.push(entry("statistical_neighbours", figures.neighboursMean, neighboursSource));
  }
  if (figures.regionValue !== null) {
    entries.push(entry("regional", figures.regionValue, `${figures.regionFigureName}; ${source}`));
  }
  return entries;
}

const yearsHeld = (source: DfeBenchmarkSource, measureId: string) =>
  [
    ...new Set(
      ("stored" in source ? source.stored : source.statistics)
        .filter((row) => row.measureId === measureId)
        .map((row) => row.year),
    ),
  ].sort((a, b) => a - b);

/**
 * Per DfE measure, the benchmarks a scorecard for `period` shows: the latest reporting year
 * published by then that has an England figure, looking back `DFE_FALLBACK_YEARS` at most, with the
 * neighbour model in force that month. Measures with no England figure in those years are absent.
 */
export function dfeBenchmarksInForce(
  figures: DfeBenchmarkSource,
  period: string,
): Map<string, BenchmarkValue[]> {
  const model = snModelInForce(period);
  const result = new Map<string, BenchmarkValue[]>();
  for (const measure of figures.measures) {
    for (const year of dfeCandidateYears(measure, period)) {
      const entries = benchmarksForYear(measure, figuresFor(figures, measure, year, model));
      if (entries.some((entry) => entry.kind === "national")) {
        result.set(measure.id, entries);
        break;
      }
    }
  }
  return result;
}

/**
 * Every year held of one measure as benchmark steps, oldest first, each from the month it was
 * published and with the neighbour model in force then.
 */
export function dfeBenchmarkHistory(figures: DfeBenchmarkSource, measureId: string): DfeBenchmarkStep[] {
  const measure = figures.measures.find((candidate) => candidate.id === measureId);
  if (!measure) return [];
  return yearsHeld(figures, measureId).flatMap((year) => {
    const effectiveFrom = publishedFrom(year, measure.schedule);
    const model = snModelInForce(effectiveFrom);
    return benchmarksForYear(measure, figuresFor(figures, measure, year, model)).map((entry) => ({
      ...entry,
      effectiveFrom,
    }));
  });
}
