import type { EesMeasureDefinition } from "@scorecard/dfe/measures";
import type { BenchmarkValue } from "@scorecard/shared/api-schema";
import { benchmarkStats } from "@scorecard/shared/benchmark-stats";
import { latestPublishedYear, publishedFrom } from "@scorecard/shared/publication-schedule";
import type { Db } from "../db/database.ts";
import {
  dfeYearLabel,
  findBenchmarkMeasure,
  SN_MODEL_LABELS,
  scheduleOf,
  snModelInForce,
} from "../dfe-benchmarks/benchmark-measures.ts";
import {
  listNeighbours,
  listStatistics,
  listStatisticsFor,
  type StatisticRecord,
} from "../repositories/statistics-repository.ts";

/** Years looked back when the expected year is missing (a late release, or a suppressed England row). */
const FALLBACK_YEARS = 2;

function benchmarksForYear(
  measure: EesMeasureDefinition,
  rows: readonly StatisticRecord[],
  laCode: string,
  la: { regionCode: string | null },
  neighbourCodes: readonly string[],
  model: keyof typeof SN_MODEL_LABELS,
): BenchmarkValue[] {
  const year = rows[0]?.year;
  if (year === undefined) return [];
  const label = dfeYearLabel(measure.id, year);
  const national = rows.find((row) => row.level === "national")?.value ?? null;
  const stats = benchmarkStats({
    values: rows
      .filter((row) => row.level === "local_authority")
      .map((row) => ({ code: row.code, value: row.value })),
    subject: laCode,
    neighbours: neighbourCodes,
    polarity: measure.polarity,
    national,
  });
  const region = rows.find((row) => row.level === "regional" && row.code === la.regionCode);
  const source = `DfE ${measure.title}, ${label} (${measure.sourceFile})`;
  const entries: BenchmarkValue[] = [];
  if (national !== null) {
    entries.push({
      kind: "national",
      value: national,
      unit: measure.unit,
      period: label,
      source,
      origin: "dfe",
    });
  }
  if (stats.neighboursMean !== null) {
    entries.push({
      kind: "statistical_neighbours",
      value: stats.neighboursMean,
      unit: measure.unit,
      period: label,
      source: `Mean of ${stats.neighboursWithValues} statistical neighbours with figures (${SN_MODEL_LABELS[model]}); ${source}`,
      origin: "dfe",
    });
  }
  if (region?.value !== null && region?.value !== undefined) {
    entries.push({
      kind: "regional",
      value: region.value,
      unit: measure.unit,
      period: label,
      source: `${region.name}; ${source}`,
      origin: "dfe",
    });
  }
  return entries;
}

/**
 * The DfE benchmarks a scorecard for `period` shows, per indicator: for each indicator DfE publishes,
 * England, the region and the statistical-neighbour mean from the latest reporting year published by
 * that month (falling back a year or two when that year is not held). Two queries in all.
 */
export async function dfeBenchmarksAt(
  db: Db,
  la: { code: string; regionCode: string | null },
  indicatorIds: readonly string[],
  period: string,
): Promise<Map<string, BenchmarkValue[]>> {
  const measures = indicatorIds.flatMap((id) => findBenchmarkMeasure(id) ?? []);
  const latest = new Map(
    measures.map((measure) => [measure.id, latestPublishedYear(period, scheduleOf(measure.id))]),
  );
  const years = new Set(
    [...latest.values()].flatMap((year) => Array.from({ length: FALLBACK_YEARS + 1 }, (_, i) => year - i)),
  );
  const model = snModelInForce(period);
  const [rows, neighbours] = await Promise.all([
    listStatisticsFor(
      db,
      measures.map((measure) => measure.id),
      [...years],
    ),
    listNeighbours(db, model, la.code),
  ]);
  const neighbourCodes = neighbours.map((neighbour) => neighbour.neighbourCode);
  const result = new Map<string, BenchmarkValue[]>();
  for (const measure of measures) {
    const newest = latest.get(measure.id) ?? 0;
    for (let year = newest; year >= newest - FALLBACK_YEARS; year--) {
      const yearRows = rows.filter((row) => row.measureId === measure.id && row.year === year);
      const entries = benchmarksForYear(measure, yearRows, la.code, la, neighbourCodes, model);
      if (entries.some((entry) => entry.kind === "national")) {
        result.set(measure.id, entries);
        break;
      }
    }
  }
  return result;
}

/** Every DfE year of an indicator as benchmark steps, each from the month it was published. */
export async function dfeBenchmarkHistory(
  db: Db,
  la: { code: string; regionCode: string | null },
  indicatorId: string,
): Promise<(BenchmarkValue & { effectiveFrom: string })[]> {
  const measure = findBenchmarkMeasure(indicatorId);
  if (!measure) return [];
  const [rows, neighbours2021, neighbours2025] = await Promise.all([
    listStatistics(db, measure.id),
    listNeighbours(db, "2021", la.code),
    listNeighbours(db, "2025", la.code),
  ]);
  const years = [...new Set(rows.map((row) => row.year))].sort((a, b) => a - b);
  return years.flatMap((year) => {
    const effectiveFrom = publishedFrom(year, scheduleOf(measure.id));
    const model = snModelInForce(effectiveFrom);
    const neighbours = (model === "2025" ? neighbours2025 : neighbours2021).map((row) => row.neighbourCode);
    const yearRows = rows.filter((row) => row.year === year);
    return benchmarksForYear(measure, yearRows, la.code, la, neighbours, model).map((entry) => ({
      ...entry,
      effectiveFrom,
    }));
  });
}
