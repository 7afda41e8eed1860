import { createHash } from "node:crypto";
import { EesFormatError } from "@scorecard/dfe/ees-format-error";
import {
  type EesMeasureValue,
  ENGLAND_CODE,
  ENGLAND_NAME,
  extractMeasureValues,
  extractPopulationEstimates,
  populationLookupFromValues,
} from "@scorecard/dfe/measures";
import { parseTidyCsv, type TidyRow } from "@scorecard/dfe/parse-tidy-csv";
import { parseSnModel2021, parseSnModel2025 } from "@scorecard/dfe/statistical-neighbours";
import type { StatisticsImportResponse } from "@scorecard/shared/api-schema";
import type { Db } from "../db/database.ts";
import { UnprocessableError } from "../errors.ts";
import {
  addLocalAuthorities,
  findImport,
  type LocalAuthorityInsert,
  recordImport,
  refreshLocalAuthorityYears,
  replaceNeighbourModel,
  type StatisticInsert,
  upsertStatistics,
} from "../repositories/statistics-import-repository.ts";
import { listStatistics } from "../repositories/statistics-repository.ts";
import { rebuildBenchmarkFigures } from "./benchmark-figures.ts";
import { detectFileKind } from "./detect-file-kind.ts";
import { POPULATION_MEASURE_ID, toNeighbourRows, toStatisticInsert } from "./statistic-rows.ts";

/**
 * Imports one DfE Explore Education Statistics file. The whole file is parsed and checked before
 * anything is written; a malformed file is rejected (422) with its file, line and column named, and
 * nothing from it is stored. The write is one transaction, which also rebuilds the read model of
 * benchmarks from what is then held. The same file again changes nothing.
 */
export async function importStatisticsFile(
  db: Db,
  file: { fileName: string; text: string },
): Promise<StatisticsImportResponse> {
  const sha256 = createHash("sha256").update(file.text).digest("hex");
  const seen = await findImport(db, sha256);
  try {
    const kind = detectFileKind(file.text, file.fileName);
    if (seen) {
      return {
        file: file.fileName,
        status: "unchanged",
        kind: kind.kind,
        measures: seen.measureIds.split(","),
        rows: seen.rows,
      };
    }
    if (kind.kind === "statistical_neighbours") {
      const groups =
        kind.model === "2025"
          ? parseSnModel2025(file.text, file.fileName)
          : parseSnModel2021(file.text, file.fileName);
      const rows = toNeighbourRows(groups);
      const measures = [`statistical-neighbours-${kind.model}`];
      await db.transaction(async (tx) => {
        await replaceNeighbourModel(tx, kind.model, rows);
        await recordImport(tx, { sha256, fileName: file.fileName, measureIds: measures, rows: rows.length });
        await rebuildBenchmarkFigures(tx);
      });
      return { file: file.fileName, status: "imported", kind: kind.kind, measures, rows: rows.length };
    }

    const tidyRows = parseTidyCsv(file.text, file.fileName);
    const values =
      kind.kind === "population"
        ? populationRows(tidyRows, file.fileName)
        : await measureRows(db, kind.measureId, tidyRows, file.fileName);
    const measureId = kind.kind === "population" ? POPULATION_MEASURE_ID : kind.measureId;
    await db.transaction(async (tx) => {
      await upsertStatistics(tx, values);
      await addLocalAuthorities(tx, newestLaRows(tidyRows));
      await refreshLocalAuthorityYears(tx, POPULATION_MEASURE_ID);
      await recordImport(tx, {
        sha256,
        fileName: file.fileName,
        measureIds: [measureId],
        rows: values.length,
      });
      await rebuildBenchmarkFigures(tx);
    });
    return {
      file: file.fileName,
      status: "imported",
      kind: kind.kind,
      measures: [measureId],
      rows: values.length,
    };
  } catch (error) {
    if (error instanceof EesFormatError) throw new UnprocessableError(error.message);
    throw error;
  }
}

async function measureRows(
  db: Db,
  measureId: EesMeasureValue["measureId"],
  rows: TidyRow[],
  fileName: string,
) {
  // Rates DfE does not publish are made with the ONS estimates already held (imported or seeded).
  const needsPopulation = measureId === "cp-plans" || measureId === "children-in-need";
  const population = needsPopulation
    ? populationLookupFromValues(await listStatistics(db, POPULATION_MEASURE_ID))
    : undefined;
  try {
    return extractMeasureValues(measureId, rows, population, fileName).map((value) =>
      toStatisticInsert(value, fileName),
    );
  } catch (error) {
    if (error instanceof EesFormatError) throw error;
    // Two rows for one area and year, say: still the file's fault, so a 422 naming it.
    throw new UnprocessableError(`${fileName}: ${error instanceof Error ? error.message : String(error)}`);
  }
}

function populationRows(rows: TidyRow[], fileName: string): StatisticInsert[] {
  const names = new Map(rows.map((row) => [row.oldLaCode ?? row.regionCode ?? ENGLAND_CODE, row]));
  return extractPopulationEstimates(rows).map((estimate) => {
    const row = names.get(estimate.code);
    return {
      measureId: POPULATION_MEASURE_ID,
      year: estimate.year,
      level: row?.level ?? "local_authority",
      code: estimate.code,
      name: row?.laName ?? row?.regionName ?? ENGLAND_NAME,
      value: estimate.value,
      numerator: null,
      denominator: null,
      suppression: estimate.suppression,
      sourceFile: fileName,
    };
  });
}

/** Each LA in the file as of its latest year: a reorganised LA joins the directory under its own code. */
function newestLaRows(rows: readonly TidyRow[]): LocalAuthorityInsert[] {
  const latest = new Map<string, TidyRow>();
  for (const row of rows) {
    if (row.level !== "local_authority" || !row.oldLaCode) continue;
    const known = latest.get(row.oldLaCode);
    if (!known || row.year > known.year) latest.set(row.oldLaCode, row);
  }
  return [...latest.values()].map((row) => ({
    code: row.oldLaCode ?? "",
    newCode: row.newLaCode,
    name: row.laName ?? row.oldLaCode ?? "",
    regionCode: row.regionCode,
    regionName: row.regionName,
    firstYear: null,
    lastYear: null,
  }));
}
