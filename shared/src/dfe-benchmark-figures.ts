import { type SnModel, snModelSchema } from "./api-schema.ts";
import { benchmarkStats, type Quartile } from "./benchmark-stats.ts";
import type { Polarity } from "./indicator-schema.ts";

/**
 * The figures the scorecard and benchmark pages show for one LA, one DfE measure, one reporting year
 * and one neighbour model: its own figure, England, its region, its statistical neighbours' mean and
 * median, its rank and quartile. Computed here only (with `benchmarkStats`); the server stores them
 * at import so that a page reads a handful of rows instead of every LA's figures.
 */
export interface DfeBenchmarkFigures {
  measureId: string;
  year: number;
  model: SnModel;
  laCode: string;
  /** The LA's published row: its name there, or null when DfE has no row for the LA that year. */
  laName: string | null;
  value: number | null;
  numerator: number | null;
  denominator: number | null;
  suppression: string | null;
  /** England's published figure. */
  national: number | null;
  /** The LA's region as the directory of LAs gives it. */
  regionCode: string | null;
  regionName: string | null;
  /** The region's published row: its name there and its figure (null when there is no row). */
  regionFigureName: string | null;
  regionValue: number | null;
  neighboursMean: number | null;
  neighboursMedian: number | null;
  neighboursWithValues: number;
  rank: number | null;
  rankOf: number;
  quartile: Quartile | null;
}

/** One published figure as the computation needs it (numerator etc. only where the caller has them). */
export interface DfeFigureRow {
  level: "national" | "regional" | "local_authority";
  code: string;
  name: string;
  value: number | null;
  numerator?: number | null;
  denominator?: number | null;
  suppression?: string | null;
}

export interface DfeBenchmarkFiguresInput {
  measure: { id: string; polarity: Polarity };
  year: number;
  model: SnModel;
  /** Every published row of the measure in that year: England, the regions, the LAs. */
  rows: readonly DfeFigureRow[];
  la: { code: string; regionCode: string | null; regionName?: string | null };
  /** The LA's neighbours' codes under `model`, closest first. */
  neighbours: readonly string[];
}

/** The figures of one LA for one measure, year and model, from that year's published rows. */
export function dfeBenchmarkFigures({
  measure,
  year,
  model,
  rows,
  la,
  neighbours,
}: DfeBenchmarkFiguresInput): DfeBenchmarkFigures {
  const laRows = rows.filter((row) => row.level === "local_authority");
  const national = rows.find((row) => row.level === "national")?.value ?? null;
  const stats = benchmarkStats({
    values: laRows.map((row) => ({ code: row.code, value: row.value })),
    subject: la.code,
    neighbours,
    polarity: measure.polarity,
    national,
  });
  const subject = laRows.find((row) => row.code === la.code);
  const region = rows.find((row) => row.level === "regional" && row.code === la.regionCode);
  return {
    measureId: measure.id,
    year,
    model,
    laCode: la.code,
    laName: subject?.name ?? null,
    value: subject?.value ?? null,
    numerator: subject?.numerator ?? null,
    denominator: subject?.denominator ?? null,
    suppression: subject?.suppression ?? null,
    national,
    regionCode: la.regionCode,
    regionName: la.regionName ?? null,
    regionFigureName: region?.name ?? null,
    regionValue: region?.value ?? null,
    neighboursMean: stats.neighboursMean,
    neighboursMedian: stats.neighboursMedian,
    neighboursWithValues: stats.neighboursWithValues,
    rank: stats.rank,
    rankOf: stats.rankOf,
    quartile: stats.quartile,
  };
}

export interface DfeBenchmarkTableInput {
  measures: readonly { id: string; polarity: Polarity }[];
  /** Every published row of those measures, every year. */
  rows: readonly (DfeFigureRow & { measureId: string; year: number })[];
  /** The directory of LAs: each has figures every year its measure has rows, published or not. */
  las: readonly { code: string; regionCode: string | null; regionName: string | null }[];
  /** Each model's neighbours, by LA code, closest first. */
  neighbours: Record<SnModel, ReadonlyMap<string, readonly string[]>>;
}

/**
 * Every LA's figures for every measure, year and model: one entry for each LA of the directory and
 * each LA with a published row that year (sorted by measure, year, model and LA code).
 */
export function dfeBenchmarkFigureTable(input: DfeBenchmarkTableInput): DfeBenchmarkFigures[] {
  const directory = new Map(input.las.map((la) => [la.code, la]));
  const rowsByMeasureYear = new Map<string, DfeFigureRow[]>();
  for (const row of input.rows) {
    const key = `${row.measureId}|${row.year}`;
    const list = rowsByMeasureYear.get(key) ?? [];
    list.push(row);
    rowsByMeasureYear.set(key, list);
  }
  const result: DfeBenchmarkFigures[] = [];
  for (const measure of input.measures) {
    const years = [
      ...new Set(input.rows.filter((row) => row.measureId === measure.id).map((row) => row.year)),
    ].sort((a, b) => a - b);
    for (const year of years) {
      const rows = rowsByMeasureYear.get(`${measure.id}|${year}`) ?? [];
      const laCodes = new Set(directory.keys());
      for (const row of rows) if (row.level === "local_authority") laCodes.add(row.code);
      for (const model of snModelSchema.options) {
        for (const code of [...laCodes].sort()) {
          const known = directory.get(code);
          const la = { code, regionCode: known?.regionCode ?? null, regionName: known?.regionName ?? null };
          const neighbours = input.neighbours[model].get(code) ?? [];
          result.push(dfeBenchmarkFigures({ measure, year, model, rows, la, neighbours }));
        }
      }
    }
  }
  return result;
}
