import type { EesMeasureDefinition } from "@scorecard/dfe/measures";
import { EES_MEASURES } from "@scorecard/dfe/measures";
import type {
  BenchmarkCatalogueResponse,
  BenchmarkHistoryResponse,
  BenchmarkMeasure,
  BenchmarkRankingResponse,
  BenchmarksQuery,
  BenchmarksResponse,
  SnModel,
} from "@scorecard/shared/api-schema";
import { benchmarkStats } from "@scorecard/shared/benchmark-stats";
import { SN_MODEL_LABELS } from "@scorecard/shared/neighbour-model";
import { longYearLabel } from "@scorecard/shared/publication-schedule";
import type { Db } from "../db/database.ts";
import { NotFoundError } from "../errors.ts";
import {
  findLocalAuthority,
  findRegion,
  listLocalAuthorities,
  listNeighbours,
  listStatistics,
  listYears,
  type StatisticRecord,
} from "../repositories/statistics-repository.ts";
import { findBenchmarkMeasure, sourceUrlOf, yearBasisOf } from "./benchmark-measures.ts";

function measureOrNotFound(indicatorId: string): EesMeasureDefinition {
  const measure = findBenchmarkMeasure(indicatorId);
  if (!measure) {
    const known = EES_MEASURES.map((candidate) => candidate.id).join(", ");
    throw new NotFoundError(`indicator: DfE publishes no figures for "${indicatorId}"; known: ${known}`);
  }
  return measure;
}

async function laOrNotFound(db: Db, code: string) {
  const la = await findLocalAuthority(db, code);
  if (!la) throw new NotFoundError(`la: no local authority with DfE code ${code}`);
  return la;
}

function toMeasure(measure: EesMeasureDefinition, years: number[]): BenchmarkMeasure {
  return {
    id: measure.id,
    title: measure.title,
    definition: measure.definition,
    method: measure.method,
    period: measure.period,
    yearBasis: yearBasisOf(measure.id),
    unit: measure.unit,
    polarity: measure.polarity,
    decimals: measure.decimals,
    sourceFile: measure.sourceFile,
    sourceUrl: sourceUrlOf(measure),
    years,
  };
}

/** One year's comparison for one LA: the figures that `benchmarkStats` turns into rank and quartile. */
function statsForYear(
  rows: readonly StatisticRecord[],
  measure: EesMeasureDefinition,
  laCode: string,
  neighbourCodes: readonly string[],
) {
  const laRows = rows.filter((row) => row.level === "local_authority");
  const national = rows.find((row) => row.level === "national")?.value ?? null;
  const stats = benchmarkStats({
    values: laRows.map((row) => ({ code: row.code, value: row.value })),
    subject: laCode,
    neighbours: neighbourCodes,
    polarity: measure.polarity,
    national,
  });
  return { stats, national, subject: laRows.find((row) => row.code === laCode) ?? null };
}

async function yearsWithFigures(db: Db, measureId: string) {
  return (await listYears(db)).filter((entry) => entry.measureId === measureId).map((entry) => entry.year);
}

/** The LA against England, its region and its statistical neighbours for one measure and year. */
export async function getBenchmarks(db: Db, query: BenchmarksQuery): Promise<BenchmarksResponse> {
  const measure = measureOrNotFound(query.indicator);
  const la = await laOrNotFound(db, query.la);
  const years = await yearsWithFigures(db, measure.id);
  const year = query.year ?? years.at(-1);
  if (year === undefined || !years.includes(year)) {
    throw new NotFoundError(
      `year: no ${measure.title} figures for ${query.year}; years held: ${years.join(", ")}`,
    );
  }
  const [rows, neighbours, region] = await Promise.all([
    listStatistics(db, measure.id, year),
    listNeighbours(db, query.model, la.code),
    la.regionCode ? findRegion(db, la.regionCode) : Promise.resolve(null),
  ]);
  const { stats, national, subject } = statsForYear(
    rows,
    measure,
    la.code,
    neighbours.map((neighbour) => neighbour.neighbourCode),
  );
  const byCode = new Map(rows.map((row) => [row.code, row]));
  const names = new Map((await listLocalAuthorities(db)).map((entry) => [entry.code, entry.name]));

  return {
    indicatorId: measure.id,
    measure: toMeasure(measure, years),
    la: { code: la.code, name: la.name, regionCode: la.regionCode },
    year,
    yearLabel: longYearLabel(yearBasisOf(measure.id), year),
    value: subject?.value ?? null,
    numerator: subject?.numerator ?? null,
    denominator: subject?.denominator ?? null,
    suppression: subject?.suppression ?? (subject ? null : "x"),
    national,
    region: region
      ? { code: region.code, name: region.name, value: byCode.get(region.code)?.value ?? null }
      : null,
    statisticalNeighbours: {
      model: query.model,
      modelLabel: SN_MODEL_LABELS[query.model],
      members: neighbours.map((neighbour) => ({
        code: neighbour.neighbourCode,
        name: names.get(neighbour.neighbourCode) ?? neighbour.neighbourCode,
        position: neighbour.position,
        closeness: neighbour.closeness,
        value: byCode.get(neighbour.neighbourCode)?.value ?? null,
        suppression: byCode.get(neighbour.neighbourCode)?.suppression ?? null,
      })),
      mean: stats.neighboursMean,
      median: stats.neighboursMedian,
      withValues: stats.neighboursWithValues,
    },
    rank: stats.rank,
    rankOf: stats.rankOf,
    quartile: stats.quartile,
  };
}

/** Every year the measure has, for one LA: the line chart and table of the benchmark page. */
export async function getBenchmarkHistory(
  db: Db,
  query: { indicator: string; la: string; model: SnModel },
): Promise<BenchmarkHistoryResponse> {
  const measure = measureOrNotFound(query.indicator);
  const la = await laOrNotFound(db, query.la);
  const [rows, neighbours] = await Promise.all([
    listStatistics(db, measure.id),
    listNeighbours(db, query.model, la.code),
  ]);
  const neighbourCodes = neighbours.map((neighbour) => neighbour.neighbourCode);
  const years = [...new Set(rows.map((row) => row.year))].sort((a, b) => a - b);
  return {
    indicatorId: measure.id,
    la: { code: la.code, name: la.name },
    model: query.model,
    regionName: la.regionName,
    years: years.map((year) => {
      const yearRows = rows.filter((row) => row.year === year);
      const { stats, national, subject } = statsForYear(yearRows, measure, la.code, neighbourCodes);
      return {
        year,
        yearLabel: longYearLabel(yearBasisOf(measure.id), year),
        value: subject?.value ?? null,
        national,
        region: yearRows.find((row) => row.level === "regional" && row.code === la.regionCode)?.value ?? null,
        neighboursMean: stats.neighboursMean,
        neighboursMedian: stats.neighboursMedian,
        rank: stats.rank,
        rankOf: stats.rankOf,
        quartile: stats.quartile,
      };
    }),
  };
}

/** Every LA in one year, best first by the measure's polarity, with rank and quartile. */
export async function getBenchmarkRanking(
  db: Db,
  query: { indicator: string; year?: number | undefined },
): Promise<BenchmarkRankingResponse> {
  const measure = measureOrNotFound(query.indicator);
  const years = await yearsWithFigures(db, measure.id);
  const year = query.year ?? years.at(-1);
  if (year === undefined || !years.includes(year)) {
    throw new NotFoundError(
      `year: no ${measure.title} figures for ${query.year}; years held: ${years.join(", ")}`,
    );
  }
  const [rows, directory] = await Promise.all([
    listStatistics(db, measure.id, year),
    listLocalAuthorities(db),
  ]);
  const laRows = rows.filter((row) => row.level === "local_authority");
  const regionOf = new Map(directory.map((entry) => [entry.code, entry.regionName]));
  const entries = laRows.map((row) => {
    const { stats } = statsForYear(rows, measure, row.code, []);
    return {
      code: row.code,
      name: row.name,
      regionName: regionOf.get(row.code) ?? null,
      value: row.value,
      suppression: row.suppression,
      rank: stats.rank,
      quartile: stats.quartile,
    };
  });
  const direction = measure.polarity === "higher_is_better" ? -1 : 1;
  entries.sort((a, b) => {
    if (a.value === null || b.value === null)
      return a.value === null ? (b.value === null ? a.name.localeCompare(b.name) : 1) : -1;
    return direction * (a.value - b.value) || a.name.localeCompare(b.name);
  });
  return { indicatorId: measure.id, year, yearLabel: longYearLabel(yearBasisOf(measure.id), year), entries };
}

/** What can be benchmarked: the measures with their years, the LAs, and the neighbour models. */
export async function getBenchmarkCatalogue(db: Db): Promise<BenchmarkCatalogueResponse> {
  const [years, directory] = await Promise.all([listYears(db), listLocalAuthorities(db)]);
  return {
    measures: EES_MEASURES.map((measure) =>
      toMeasure(
        measure,
        years.filter((entry) => entry.measureId === measure.id).map((entry) => entry.year),
      ),
    ),
    localAuthorities: directory
      .filter((entry) => /^\d{3}$/.test(entry.code))
      .map((entry) => ({
        code: entry.code,
        name: entry.name,
        regionName: entry.regionName,
        firstYear: entry.firstYear,
        lastYear: entry.lastYear,
      })),
    models: (["2025", "2021"] as const).map((model) => ({ model, label: SN_MODEL_LABELS[model] })),
  };
}
