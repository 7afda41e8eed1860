import { type SnModel, snModelSchema } from "@scorecard/shared/api-schema";
import {
  type DfeBenchmarkSource,
  type DfeFigures,
  type DfeMeasure,
  dfeCandidateYears,
} from "@scorecard/shared/dfe-benchmarks";
import { snModelInForce } from "@scorecard/shared/neighbour-model";
import type { Db } from "../db/database.ts";
import { listLaBenchmarkFigures } from "../repositories/benchmark-figures-repository.ts";
import {
  listNeighbours,
  listStatistics,
  listStatisticsFor,
  type StatisticRecord,
} from "../repositories/statistics-repository.ts";
import { findBenchmarkMeasure, scheduleOf, yearBasisOf } from "./benchmark-measures.ts";

/**
 * Loads the DfE figures a scorecard or series takes its benchmarks from; `shared/dfe-benchmarks`
 * decides which of them stand.
 */

type La = DfeFigures["la"];

/** A DfE measure by id, with when it is published; null when the catalogue has no such measure. */
function dfeMeasureOf(measureId: string): DfeMeasure | null {
  const measure = findBenchmarkMeasure(measureId);
  if (!measure) return null;
  return {
    id: measure.id,
    title: measure.title,
    unit: measure.unit,
    polarity: measure.polarity,
    sourceFile: measure.sourceFile,
    schedule: scheduleOf(measure.id),
    yearBasis: yearBasisOf(measure.id),
  };
}

const toStatistic = (row: StatisticRecord) => ({
  measureId: row.measureId,
  year: row.year,
  level: row.level,
  code: row.code,
  name: row.name,
  value: row.value,
});

const neighbourCodes = (rows: readonly { neighbourCode: string }[]) => rows.map((row) => row.neighbourCode);

/**
 * For a scorecard month: the LA's stored figures (`dfe_benchmark_figures`) for the candidate years
 * of the DfE measures the indicators are benchmarked against (`indicators.dfe_measure_id`), under
 * the neighbour model in force then. One query. An LA the read model does not know (its code is not
 * in DfE's directory) has its figures computed from the raw statistics instead, as before.
 */
export async function loadDfeFiguresAt(
  db: Db,
  la: La,
  measureIds: readonly string[],
  period: string,
): Promise<DfeBenchmarkSource> {
  const measures = [...new Set(measureIds)].flatMap((id) => dfeMeasureOf(id) ?? []);
  const years = [...new Set(measures.flatMap((measure) => dfeCandidateYears(measure, period)))];
  const model = snModelInForce(period);
  const stored = await listLaBenchmarkFigures(db, {
    laCode: la.code,
    models: [model],
    measureIds: measures.map((measure) => measure.id),
    years,
  });
  if (stored.length > 0 || measures.length === 0) return { la, measures, stored };
  const [rows, neighbours] = await Promise.all([
    listStatisticsFor(
      db,
      measures.map((measure) => measure.id),
      years,
    ),
    listNeighbours(db, model, la.code),
  ]);
  const byModel: Partial<Record<SnModel, string[]>> = { [model]: neighbourCodes(neighbours) };
  return { la, measures, statistics: rows.map(toStatistic), neighbours: byModel };
}

/**
 * For a series: the LA's stored figures in every year of the indicator's DfE measure (if it has
 * one), under each model. One query; the raw statistics for an LA the read model does not know.
 */
export async function loadDfeFigureHistory(
  db: Db,
  la: La,
  measureId: string | null,
): Promise<DfeBenchmarkSource> {
  const measure = measureId ? dfeMeasureOf(measureId) : null;
  if (!measure) return { la, measures: [], statistics: [], neighbours: {} };
  const stored = await listLaBenchmarkFigures(db, {
    laCode: la.code,
    models: snModelSchema.options,
    measureIds: [measure.id],
  });
  if (stored.length > 0) return { la, measures: [measure], stored };
  const [rows, neighbours2021, neighbours2025] = await Promise.all([
    listStatistics(db, measure.id),
    listNeighbours(db, "2021", la.code),
    listNeighbours(db, "2025", la.code),
  ]);
  return {
    la,
    measures: [measure],
    statistics: rows.map(toStatistic),
    neighbours: { "2021": neighbourCodes(neighbours2021), "2025": neighbourCodes(neighbours2025) },
  };
}
