import { loadEesDataset } from "@scorecard/seed/ees/ees-dataset";
import { rebuildBenchmarkFigures } from "../dfe-benchmarks/benchmark-figures.ts";
import {
  POPULATION_MEASURE_ID,
  toNeighbourRows,
  toStatisticInsert,
} from "../dfe-benchmarks/statistic-rows.ts";
import type { StatisticInsert } from "../repositories/statistics-import-repository.ts";
import type { Tx } from "./database.ts";
import { localAuthorities, publishedStatistics, regions, statisticalNeighbours } from "./schema.ts";

const DATASET_SOURCE = "seed/data/ees-dataset.json";

async function insertChunked<T>(rows: readonly T[], insert: (chunk: T[]) => Promise<unknown>, size = 1000) {
  for (let start = 0; start < rows.length; start += size) await insert(rows.slice(start, start + size));
}

/**
 * Loads the committed DfE dataset (every LA's published figures, populations and statistical
 * neighbours), skipping rows already present, so a fresh start has real benchmarks; then the read
 * model of benchmarks computed from them.
 */
export async function seedStatistics(tx: Tx) {
  const dataset = loadEesDataset();
  const sourceFileOf = new Map(dataset.measures.map((measure) => [measure.id, measure.sourceFile]));

  await tx.insert(regions).values(dataset.regions).onConflictDoNothing();
  await tx
    .insert(localAuthorities)
    .values(
      dataset.las.map((la) => ({
        code: la.code,
        newCode: la.newCode || null,
        name: la.name,
        regionCode: la.regionCode,
        regionName: la.regionName,
        firstYear: la.years?.[0] ?? null,
        lastYear: la.years?.[1] ?? null,
      })),
    )
    .onConflictDoNothing();

  const names = new Map<string, string>([
    ["E92000001", "England"],
    ...dataset.regions.map((region) => [region.code, region.name] as [string, string]),
    ...dataset.las.map((la) => [la.code, la.name] as [string, string]),
  ]);
  const regionCodes = new Set(dataset.regions.map((region) => region.code));
  const levelOf = (code: string) =>
    code === "E92000001"
      ? ("national" as const)
      : regionCodes.has(code)
        ? ("regional" as const)
        : ("local_authority" as const);

  const rows: StatisticInsert[] = [
    ...dataset.values.map((value) =>
      toStatisticInsert(value, sourceFileOf.get(value.measureId) ?? DATASET_SOURCE),
    ),
    ...dataset.populations
      .filter((estimate) => names.has(estimate.code))
      .map((estimate) => ({
        measureId: POPULATION_MEASURE_ID,
        year: estimate.year,
        level: levelOf(estimate.code),
        code: estimate.code,
        name: names.get(estimate.code) ?? estimate.code,
        value: estimate.value,
        numerator: null,
        denominator: null,
        suppression: estimate.value === null ? "x" : null,
        sourceFile: "ons_mid-year_population_estimates_2012_to_2024.csv",
      })),
  ];
  await insertChunked(rows, (chunk) => tx.insert(publishedStatistics).values(chunk).onConflictDoNothing());

  const neighbourRows = toNeighbourRows(dataset.statisticalNeighbours);
  await insertChunked(neighbourRows, (chunk) =>
    tx.insert(statisticalNeighbours).values(chunk).onConflictDoNothing(),
  );
  await rebuildBenchmarkFigures(tx);
}
