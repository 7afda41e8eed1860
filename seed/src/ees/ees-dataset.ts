import { readFileSync } from "node:fs";
import {
  EES_MEASURE_IDS,
  type EesMeasureDefinition,
  type EesMeasureId,
  type EesMeasureValue,
  ENGLAND_CODE,
  type PopulationEstimate,
} from "@scorecard/dfe/measures";
import type { GeographicLevel } from "@scorecard/dfe/parse-tidy-csv";
import type {
  Closeness,
  StatisticalNeighbourGroup,
  StatisticalNeighbourModel,
} from "@scorecard/dfe/statistical-neighbours";

/**
 * The DfE benchmark dataset as committed in `seed/data/ees-dataset.json` (built from the EES files by
 * `seed/scripts/build-ees-dataset.ts`), and its loader. The product reads only the committed file, never
 * the source CSVs.
 */

export const EES_DATASET_FORMAT_VERSION = 2;
export const EES_DATASET_URL = new URL("../../data/ees-dataset.json", import.meta.url);

export interface EesSourceFile {
  file: string;
  sha256: string;
}

export interface EesRegion {
  code: string;
  name: string;
  /** Inner and Outer London (E13…) are DfE's halves of London (E12000007); null for the nine regions. */
  parentCode: string | null;
}

export interface EesLocalAuthority {
  /** DfE's three-digit LA number; the workforce file also has a joint "940 / 941" for the Northamptonshires. */
  code: string;
  /** The ONS code in the latest year (the newest one where files of that year disagree). */
  newCode: string;
  /** Earlier ONS codes of the same LA (e.g. North Yorkshire E10000023 before E06000065). */
  otherNewCodes: string[];
  name: string;
  regionCode: string;
  regionName: string;
  /** First and last year with at least one figure (not a suppression code) in any measure. */
  years: [number, number] | null;
}

/** One measure's values as parallel arrays (one entry per area and year) to keep the file small. */
export interface EesMeasureValueColumns {
  measureId: EesMeasureId;
  year: number[];
  code: string[];
  value: (number | null)[];
  numerator: (number | null)[];
  denominator: (number | null)[];
  suppression: (string | null)[];
}

export interface EesStatisticalNeighbourRow {
  model: StatisticalNeighbourModel;
  laCode: string;
  laName: string;
  /** Closest first. */
  codes: string[];
  closeness: Closeness[];
}

/** The JSON file's shape. */
export interface EesDatasetFile {
  formatVersion: typeof EES_DATASET_FORMAT_VERSION;
  generatedFrom: EesSourceFile[];
  measures: EesMeasureDefinition[];
  regions: EesRegion[];
  las: EesLocalAuthority[];
  values: EesMeasureValueColumns[];
  /** ONS 0–17 mid-year estimates (the denominators of rates per 10,000), as parallel columns. */
  populations: { year: number[]; code: string[]; value: (number | null)[] };
  statisticalNeighbours: EesStatisticalNeighbourRow[];
}

/** The dataset as the product uses it: one object per value and per neighbour. */
export interface EesDataset {
  generatedFrom: EesSourceFile[];
  measures: EesMeasureDefinition[];
  regions: EesRegion[];
  las: EesLocalAuthority[];
  values: EesMeasureValue[];
  populations: PopulationEstimate[];
  statisticalNeighbours: StatisticalNeighbourGroup[];
}

/** Reads the committed dataset. Each call reads the file again, so callers keep the result. */
export function loadEesDataset(): EesDataset {
  return expandEesDataset(parseEesDatasetJson(readFileSync(EES_DATASET_URL, "utf8")));
}

/** The JSON text as the file's shape, with a cheap check so a hand-edited or truncated file fails here. */
export function parseEesDatasetJson(text: string): EesDatasetFile {
  const candidate = JSON.parse(text) as Partial<EesDatasetFile> | null;
  if (candidate?.formatVersion !== EES_DATASET_FORMAT_VERSION) {
    throw new Error(`EES dataset: expected formatVersion ${EES_DATASET_FORMAT_VERSION}`);
  }
  for (const columns of candidate.values ?? []) {
    const length = columns.year.length;
    const lengths = [
      columns.code,
      columns.value,
      columns.numerator,
      columns.denominator,
      columns.suppression,
    ];
    if (!EES_MEASURE_IDS.includes(columns.measureId) || lengths.some((column) => column.length !== length)) {
      throw new Error(`EES dataset: malformed values for "${columns.measureId}"`);
    }
  }
  for (const row of candidate.statisticalNeighbours ?? []) {
    if (row.codes.length !== row.closeness.length) {
      throw new Error(`EES dataset: malformed statistical neighbours for ${row.laCode}`);
    }
  }
  return candidate as EesDatasetFile;
}

/** The file's columns turned back into objects, with each value's level, name and region filled in. */
export function expandEesDataset(file: EesDatasetFile): EesDataset {
  const regionsByCode = new Map(file.regions.map((region) => [region.code, region]));
  const lasByCode = new Map(file.las.map((la) => [la.code, la]));
  const area = (code: string): { level: GeographicLevel; name: string; regionCode: string | null } => {
    if (code === ENGLAND_CODE) return { level: "national", name: "England", regionCode: null };
    const region = regionsByCode.get(code);
    if (region !== undefined) return { level: "regional", name: region.name, regionCode: null };
    const la = lasByCode.get(code);
    if (la === undefined) throw new Error(`EES dataset: value for unknown area "${code}"`);
    return { level: "local_authority", name: la.name, regionCode: la.regionCode };
  };

  const values = file.values.flatMap((columns) =>
    columns.year.map((year, index): EesMeasureValue => {
      const code = columns.code[index] ?? "";
      return {
        measureId: columns.measureId,
        year,
        ...area(code),
        code,
        value: columns.value[index] ?? null,
        numerator: columns.numerator[index] ?? null,
        denominator: columns.denominator[index] ?? null,
        suppression: columns.suppression[index] ?? null,
      };
    }),
  );
  const statisticalNeighbours = file.statisticalNeighbours.map(
    (row): StatisticalNeighbourGroup => ({
      model: row.model,
      laCode: row.laCode,
      laName: row.laName,
      neighbours: row.codes.map((code, index) => {
        const closeness = row.closeness[index];
        if (closeness === undefined) {
          throw new Error(`EES dataset: no closeness for neighbour ${code} of ${row.laCode}`);
        }
        return { position: index + 1, code, closeness };
      }),
    }),
  );
  return {
    generatedFrom: file.generatedFrom,
    measures: file.measures,
    regions: file.regions,
    las: file.las,
    values,
    populations: file.populations.year.map((year, index) => ({
      year,
      code: file.populations.code[index] ?? "",
      value: file.populations.value[index] ?? null,
      suppression: null,
    })),
    statisticalNeighbours,
  };
}
