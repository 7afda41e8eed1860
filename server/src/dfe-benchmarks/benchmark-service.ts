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
import { SN_MODEL_LABELS } from "@scorecard/shared/neighbour-model";
import { longYearLabel } from "@scorecard/shared/publication-schedule";
import type { Db } from "../db/database.ts";
import { NotFoundError } from "../errors.ts";
import {
  latestBenchmarkYear,
  listLaBenchmarkFigures,
  listRankingFigures,
  listYearBenchmarkFigures,
} from "../repositories/benchmark-figures-repository.ts";
import {
  findLocalAuthority,
  findRegion,
  listLocalAuthorities,
  listLocalAuthorityNames,
  listNeighbours,
  listYears,
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

async function yearsWithFigures(db: Db, measureId: string) {
  return (await listYears(db)).filter((entry) => entry.measureId === measureId).map((entry) => entry.year);
}

async function yearNotHeld(db: Db, measure: EesMeasureDefinition, year: number | undefined) {
  const years = await yearsWithFigures(db, measure.id);
  return new NotFoundError(`year: no ${measure.title} figures for ${year}; years held: ${years.join(", ")}`);
}

/**
 * The LA against England, its region and its statistical neighbours for one measure and year, from
 * the read model (`dfe_benchmark_figures`): the LA's rows of every year, and its neighbours' rows.
 */
export async function getBenchmarks(db: Db, query: BenchmarksQuery): Promise<BenchmarksResponse> {
  const measure = measureOrNotFound(query.indicator);
  const la = await laOrNotFound(db, query.la);
  // An LA of the directory has a row for every year its measure has figures.
  const [history, neighbours, region] = await Promise.all([
    listLaBenchmarkFigures(db, { laCode: la.code, models: [query.model], measureIds: [measure.id] }),
    listNeighbours(db, query.model, la.code),
    la.regionCode ? findRegion(db, la.regionCode) : Promise.resolve(null),
  ]);
  const years = history.map((entry) => entry.year);
  const year = query.year ?? years.at(-1);
  const figures = history.find((entry) => entry.year === year);
  if (year === undefined || !figures) throw await yearNotHeld(db, measure, query.year);
  const neighbourCodes = neighbours.map((neighbour) => neighbour.neighbourCode);
  const [memberFigures, names] = await Promise.all([
    listYearBenchmarkFigures(db, {
      measureId: measure.id,
      model: query.model,
      year,
      laCodes: neighbourCodes,
    }),
    listLocalAuthorityNames(db, neighbourCodes),
  ]);
  const byCode = new Map(memberFigures.map((entry) => [entry.laCode, entry]));
  const nameOf = new Map(names.map((entry) => [entry.code, entry.name]));
  const published = figures.laName !== null;

  return {
    indicatorId: measure.id,
    measure: toMeasure(measure, years),
    la: { code: la.code, name: la.name, regionCode: la.regionCode },
    year,
    yearLabel: longYearLabel(yearBasisOf(measure.id), year),
    value: figures.value,
    numerator: figures.numerator,
    denominator: figures.denominator,
    suppression: published ? figures.suppression : "x",
    national: figures.national,
    region: region ? { code: region.code, name: region.name, value: figures.regionValue } : null,
    statisticalNeighbours: {
      model: query.model,
      modelLabel: SN_MODEL_LABELS[query.model],
      members: neighbours.map((neighbour) => ({
        code: neighbour.neighbourCode,
        name: nameOf.get(neighbour.neighbourCode) ?? neighbour.neighbourCode,
        position: neighbour.position,
        closeness: neighbour.closeness,
        value: byCode.get(neighbour.neighbourCode)?.value ?? null,
        suppression: byCode.get(neighbour.neighbourCode)?.suppression ?? null,
      })),
      mean: figures.neighboursMean,
      median: figures.neighboursMedian,
      withValues: figures.neighboursWithValues,
    },
    rank: figures.rank,
    rankOf: figures.rankOf,
    quartile: figures.quartile,
  };
}

/** Every year the measure has, for one LA: the line chart and table of the benchmark page. */
export async function getBenchmarkHistory(
  db: Db,
  query: { indicator: string; la: string; model: SnModel },
): Promise<BenchmarkHistoryResponse> {
  const measure = measureOrNotFound(query.indicator);
  const la = await laOrNotFound(db, query.la);
  const history = await listLaBenchmarkFigures(db, {
    laCode: la.code,
    models: [query.model],
    measureIds: [measure.id],
  });
  return {
    indicatorId: measure.id,
    la: { code: la.code, name: la.name },
    model: query.model,
    regionName: la.regionName,
    years: history.map((figures) => ({
      year: figures.year,
      yearLabel: longYearLabel(yearBasisOf(measure.id), figures.year),
      value: figures.value,
      national: figures.national,
      region: figures.regionValue,
      neighboursMean: figures.neighboursMean,
      neighboursMedian: figures.neighboursMedian,
      rank: figures.rank,
      rankOf: figures.rankOf,
      quartile: figures.quartile,
    })),
  };
}

/** Every LA in one year, best first by the measure's polarity, with rank and quartile. */
export async function getBenchmarkRanking(
  db: Db,
  query: { indicator: string; year?: number | undefined },
): Promise<BenchmarkRankingResponse> {
  const measure = measureOrNotFound(query.indicator);
  const year = query.year ?? (await latestBenchmarkYear(db, measure.id)) ?? undefined;
  // Every LA of the directory has a row in each year held, published or not.
  const figures = year === undefined ? [] : await listRankingFigures(db, measure.id, year);
  if (year === undefined || figures.length === 0) throw await yearNotHeld(db, measure, query.year);
  const entries = figures.flatMap(({ code, name, regionName, value, suppression, rank, quartile }) =>
    name === null ? [] : [{ code, name, regionName, value, suppression, rank, quartile }],
  );
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
