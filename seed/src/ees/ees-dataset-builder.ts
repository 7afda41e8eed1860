import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import {
  EES_MEASURES,
  type EesMeasureValue,
  extractMeasureValues,
  extractPopulationEstimates,
  POPULATION_FILE,
  populationLookupFromRows,
} from "@scorecard/dfe/measures";
import { parseTidyCsv, type TidyRow } from "@scorecard/dfe/parse-tidy-csv";
import {
  parseSnModel2021,
  parseSnModel2025,
  SN_MODEL_2021_FILE,
  SN_MODEL_2025_FILE,
  type StatisticalNeighbourGroup,
} from "@scorecard/dfe/statistical-neighbours";
import {
  EES_DATASET_FORMAT_VERSION,
  type EesDatasetFile,
  type EesLocalAuthority,
  type EesMeasureValueColumns,
  type EesRegion,
  type EesSourceFile,
  type EesStatisticalNeighbourRow,
} from "./ees-dataset.ts";

/**
 * Builds the committed dataset from a directory of EES files. Pure apart from reading the files, and
 * deterministic, so the test suite can rebuild it and compare with the committed JSON.
 */
export function buildEesDatasetFile(sourceDirectory: string): EesDatasetFile {
  const generatedFrom: EesSourceFile[] = [];
  // Invalid UTF-8 is an error rather than replacement characters in names.
  const decoder = new TextDecoder("utf-8", { fatal: true });
  const readSource = (file: string): string => {
    const bytes = readFileSync(join(sourceDirectory, file));
    generatedFrom.push({ file, sha256: createHash("sha256").update(bytes).digest("hex") });
    return decoder.decode(bytes);
  };

  const populationRows = parseTidyCsv(readSource(POPULATION_FILE), POPULATION_FILE);
  const rowsByFile = new Map<string, TidyRow[]>();
  for (const { sourceFile } of EES_MEASURES) {
    if (!rowsByFile.has(sourceFile))
      rowsByFile.set(sourceFile, parseTidyCsv(readSource(sourceFile), sourceFile));
  }
  const values = EES_MEASURES.map((measure) =>
    sortValues(
      extractMeasureValues(
        measure.id,
        rowsByFile.get(measure.sourceFile) ?? [],
        populationLookupFromRows(populationRows),
      ),
    ),
  );
  const populations = extractPopulationEstimates(populationRows).sort(
    (a, b) => a.year - b.year || compareText(a.code, b.code),
  );
  const statisticalNeighbours = [
    ...parseSnModel2025(readSource(SN_MODEL_2025_FILE)),
    ...parseSnModel2021(readSource(SN_MODEL_2021_FILE)),
  ];

  const measureRows = [...rowsByFile.values()].flat();
  const regions = collectRegions(measureRows);
  const las = collectLocalAuthorities(measureRows, values.flat());
  assertEveryCodeKnown(values.flat(), statisticalNeighbours, regions, las);

  return {
    formatVersion: EES_DATASET_FORMAT_VERSION,
    generatedFrom: generatedFrom.sort((a, b) => compareText(a.file, b.file)),
    measures: [...EES_MEASURES],
    regions,
    las,
    values: values.map(toColumns),
    populations: {
      year: populations.map((estimate) => estimate.year),
      code: populations.map((estimate) => estimate.code),
      value: populations.map((estimate) => estimate.value),
    },
    statisticalNeighbours: statisticalNeighbours.map(toNeighbourRow),
  };
}

/**
 * The JSON text as committed: one line per top-level array element, so diffs show which measure or LA
 * changed, while the value columns stay on single lines to keep the file small.
 */
export function serializeEesDataset(file: EesDatasetFile): string {
  const members = Object.entries(file).map(([key, member]) => {
    const name = JSON.stringify(key);
    if (!Array.isArray(member)) return `  ${name}: ${JSON.stringify(member)}`;
    const elements = member.map((element) => `    ${JSON.stringify(element)}`);
    return `  ${name}: [\n${elements.join(",\n")}\n  ]`;
  });
  return `{\n${members.join(",\n")}\n}\n`;
}

const LEVEL_ORDER = { national: 0, regional: 1, local_authority: 2 } as const;

function compareText(a: string, b: string): number {
  if (a === b) return 0;
  return a < b ? -1 : 1;
}

function sortValues(values: EesMeasureValue[]): EesMeasureValue[] {
  return values.sort(
    (a, b) => a.year - b.year || LEVEL_ORDER[a.level] - LEVEL_ORDER[b.level] || compareText(a.code, b.code),
  );
}

function toColumns(values: readonly EesMeasureValue[]): EesMeasureValueColumns {
  const first = values[0];
  if (first === undefined) throw new Error("A measure produced no values");
  return {
    measureId: first.measureId,
    year: values.map((value) => value.year),
    code: values.map((value) => value.code),
    value: values.map((value) => value.value),
    numerator: values.map((value) => value.numerator),
    denominator: values.map((value) => value.denominator),
    suppression: values.map((value) => value.suppression),
  };
}

function toNeighbourRow(group: StatisticalNeighbourGroup): EesStatisticalNeighbourRow {
  return {
    model: group.model,
    laCode: group.laCode,
    laName: group.laName,
    codes: group.neighbours.map((neighbour) => neighbour.code),
    closeness: group.neighbours.map((neighbour) => neighbour.closeness),
  };
}

/** DfE splits London into Inner and Outer London (E13…); both belong to the London region. */
const LONDON_REGION_CODE = "E12000007";
const LONDON_HALVES = new Set(["E13000001", "E13000002"]);

function collectRegions(rows: readonly TidyRow[]): EesRegion[] {
  const names = new Map<string, string>();
  for (const row of rows) {
    if (row.level !== "regional" || row.regionCode === null) continue;
    const name = row.regionName ?? "";
    const known = names.get(row.regionCode);
    if (known !== undefined && known !== name) {
      throw new Error(`Region ${row.regionCode} is called both "${known}" and "${name}"`);
    }
    names.set(row.regionCode, name);
  }
  return [...names.entries()]
    .sort(([a], [b]) => compareText(a, b))
    .map(([code, name]) => ({ code, name, parentCode: LONDON_HALVES.has(code) ? LONDON_REGION_CODE : null }));
}

/** What the files say about an LA, latest year winning. */
interface LaSighting {
  year: number;
  name: string;
  regionCode: string;
  regionName: string;
}

function collectLocalAuthorities(
  rows: readonly TidyRow[],
  values: readonly EesMeasureValue[],
): EesLocalAuthority[] {
  const latest = new Map<string, LaSighting>();
  // For each LA, each ONS code with the years it was used in.
  const newCodeYears = new Map<string, Map<string, { first: number; last: number }>>();
  for (const row of rows) {
    if (row.level !== "local_authority" || row.oldLaCode === null) continue;
    const code = row.oldLaCode;
    const known = latest.get(code);
    if (known === undefined || row.year > known.year) {
      latest.set(code, {
        year: row.year,
        name: row.laName ?? "",
        regionCode: row.regionCode ?? "",
        regionName: row.regionName ?? "",
      });
    }
    if (row.newLaCode !== null) {
      const codes = newCodeYears.get(code) ?? new Map<string, { first: number; last: number }>();
      const span = codes.get(row.newLaCode);
      codes.set(row.newLaCode, {
        first: Math.min(span?.first ?? row.year, row.year),
        last: Math.max(span?.last ?? row.year, row.year),
      });
      newCodeYears.set(code, codes);
    }
  }

  const yearsWithFigures = new Map<string, [number, number]>();
  for (const value of values) {
    if (value.level !== "local_authority" || value.value === null) continue;
    const span = yearsWithFigures.get(value.code);
    yearsWithFigures.set(value.code, [
      Math.min(span?.[0] ?? value.year, value.year),
      Math.max(span?.[1] ?? value.year, value.year),
    ]);
  }

  return [...latest.entries()]
    .sort(([a], [b]) => compareText(a, b))
    .map(([code, sighting]) => {
      // Newest code: used in the latest year, and of those the one that appeared last (370 in 2025 is
      // E08000016 in most files but already E08000038 in the workforce file).
      const spans = [...(newCodeYears.get(code) ?? new Map()).entries()].sort(
        ([codeA, a], [codeB, b]) => b.last - a.last || b.first - a.first || compareText(codeA, codeB),
      );
      const [newest, ...older] = spans.map(([newCode]) => newCode);
      return {
        code,
        newCode: newest ?? "",
        otherNewCodes: older.sort(compareText),
        name: sighting.name,
        regionCode: sighting.regionCode,
        regionName: sighting.regionName,
        years: yearsWithFigures.get(code) ?? null,
      };
    });
}

function assertEveryCodeKnown(
  values: readonly EesMeasureValue[],
  neighbours: readonly StatisticalNeighbourGroup[],
  regions: readonly EesRegion[],
  las: readonly EesLocalAuthority[],
): void {
  const regionCodes = new Set(regions.map((region) => region.code));
  const laCodes = new Set(las.map((la) => la.code));
  for (const value of values) {
    const known =
      value.level === "regional" ? regionCodes : value.level === "local_authority" ? laCodes : null;
    if (known !== null && !known.has(value.code)) {
      throw new Error(`${value.measureId}: unknown area ${value.code}`);
    }
    if (value.regionCode !== null && !regionCodes.has(value.regionCode)) {
      throw new Error(`${value.measureId}: ${value.name} is in unknown region ${value.regionCode}`);
    }
  }
  for (const group of neighbours) {
    for (const code of [group.laCode, ...group.neighbours.map((neighbour) => neighbour.code)]) {
      if (!laCodes.has(code)) throw new Error(`Statistical neighbours ${group.model}: unknown LA ${code}`);
    }
  }
}
