import type { SnModel } from "@scorecard/shared/api-schema";
import { type DfeFigures, type DfeMeasure, dfeCandidateYears } from "@scorecard/shared/dfe-benchmarks";
import { snModelInForce } from "@scorecard/shared/neighbour-model";
import type { Db } from "../db/database.ts";
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
 * For a scorecard month: the candidate years of the DfE measures the indicators are benchmarked
 * against (`indicators.dfe_measure_id`) and the LA's neighbours under the model in force then.
 * Two queries in all.
 */
export async function loadDfeFiguresAt(
  db: Db,
  la: La,
  measureIds: readonly string[],
  period: string,
): Promise<DfeFigures> {
  const measures = [...new Set(measureIds)].flatMap((id) => dfeMeasureOf(id) ?? []);
  const years = new Set(measures.flatMap((measure) => dfeCandidateYears(measure, period)));
  const model = snModelInForce(period);
  const [rows, neighbours] = await Promise.all([
    listStatisticsFor(
      db,
      measures.map((measure) => measure.id),
      [...years],
    ),
    listNeighbours(db, model, la.code),
  ]);
  const byModel: Partial<Record<SnModel, string[]>> = { [model]: neighbourCodes(neighbours) };
  return { la, measures, statistics: rows.map(toStatistic), neighbours: byModel };
}

/** For a series: every year of the indicator's DfE measure (if it has one), and the LA's neighbours in each model. */
export async function loadDfeFigureHistory(db: Db, la: La, measureId: string | null): Promise<DfeFigures> {
  const measure = measureId ? dfeMeasureOf(measureId) : null;
  if (!measure) return { la, measures: [], statistics: [], neighbours: {} };
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
