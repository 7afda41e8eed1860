import { createHash } from "node:crypto";
import {
  type EesMeasureValue,
  extractMeasureValues,
  extractPopulationEstimates,
  populationLookupFromValues,
} from "@scorecard/seed/ees/measures";
import { EesFormatError, parseTidyCsv, type TidyRow } from "@scorecard/seed/ees/parse-tidy-csv";
import { parseSnModel2021, parseSnModel2025 } from "@scorecard/seed/ees/statistical-neighbours";
import type { StatisticsImportResponse } from "@scorecard/shared/api-schema";
import { eq, sql } from "drizzle-orm";
import type { Db, Tx } from "../db/database.ts";
import {
  localAuthorities,
  publishedStatistics,
  statisticalNeighbours,
  statisticsImports,
} from "../db/schema.ts";
import { POPULATION_MEASURE_ID } from "../db/seed-statistics.ts";
import { UnprocessableError } from "../errors.ts";
import { listStatistics } from "../repositories/statistics-repository.ts";
import { detectFileKind } from "./detect-file-kind.ts";
import { type StatisticInsert, toNeighbourRows, toStatisticInsert } from "./statistic-rows.ts";

/**
 * Imports one DfE Explore Education Statistics file. The whole file is parsed and checked before
 * anything is written; a malformed file is rejected (422) with its file, line and column named, and
 * nothing from it is stored. The write is one transaction. The same file again changes nothing.
 */
export async function importStatisticsFile(
  db: Db,
  file: { fileName: string; text: string },
): Promise<StatisticsImportResponse> {
  const sha256 = createHash("sha256").update(file.text).digest("hex");
  const [seen] = await db.select().from(statisticsImports).where(eq(statisticsImports.sha256, sha256));
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
      await db.transaction(async (tx) => {
        await tx.delete(statisticalNeighbours).where(eq(statisticalNeighbours.model, kind.model));
        for (let start = 0; start < rows.length; start += 1000) {
          await tx.insert(statisticalNeighbours).values(rows.slice(start, start + 1000));
        }
        await recordImport(tx, sha256, file.fileName, [`statistical-neighbours-${kind.model}`], rows.length);
      });
      return {
        file: file.fileName,
        status: "imported",
        kind: kind.kind,
        measures: [`statistical-neighbours-${kind.model}`],
        rows: rows.length,
      };
    }

    const tidyRows = parseTidyCsv(file.text, file.fileName);
    const values =
      kind.kind === "population"
        ? populationRows(tidyRows, file.fileName)
        : await measureRows(db, kind.measureId, tidyRows, file.fileName);
    const measureId = kind.kind === "population" ? POPULATION_MEASURE_ID : kind.measureId;
    await db.transaction(async (tx) => {
      await upsertStatistics(tx, values);
      await upsertLocalAuthorities(tx, tidyRows);
      await recordImport(tx, sha256, file.fileName, [measureId], values.length);
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
  const names = new Map(rows.map((row) => [row.oldLaCode ?? row.regionCode ?? "E92000001", row]));
  return extractPopulationEstimates(rows).map((estimate) => {
    const row = names.get(estimate.code);
    return {
      measureId: POPULATION_MEASURE_ID,
      year: estimate.year,
      level: row?.level ?? "local_authority",
      code: estimate.code,
      name: row?.laName ?? row?.regionName ?? "England",
      value: estimate.value,
      numerator: null,
      denominator: null,
      suppression: estimate.suppression,
      sourceFile: fileName,
    };
  });
}

async function upsertStatistics(tx: Tx, rows: StatisticInsert[]) {
  for (let start = 0; start < rows.length; start += 1000) {
    await tx
      .insert(publishedStatistics)
      .values(rows.slice(start, start + 1000))
      .onConflictDoUpdate({
        target: [
          publishedStatistics.measureId,
          publishedStatistics.year,
          publishedStatistics.level,
          publishedStatistics.code,
        ],
        set: {
          name: sql`excluded.name`,
          value: sql`excluded.value`,
          numerator: sql`excluded.numerator`,
          denominator: sql`excluded.denominator`,
          suppression: sql`excluded.suppression`,
          sourceFile: sql`excluded.source_file`,
        },
      });
  }
}

/** New LAs (a reorganisation) join the directory; known ones keep their code and widen their years. */
async function upsertLocalAuthorities(tx: Tx, rows: TidyRow[]) {
  const latest = new Map<string, TidyRow>();
  for (const row of rows) {
    if (row.level !== "local_authority" || !row.oldLaCode) continue;
    const known = latest.get(row.oldLaCode);
    if (!known || row.year > known.year) latest.set(row.oldLaCode, row);
  }
  for (const row of latest.values()) {
    await tx
      .insert(localAuthorities)
      .values({
        code: row.oldLaCode ?? "",
        newCode: row.newLaCode,
        name: row.laName ?? row.oldLaCode ?? "",
        regionCode: row.regionCode,
        regionName: row.regionName,
        firstYear: null,
        lastYear: null,
      })
      .onConflictDoNothing();
  }
  // Each LA's span of years with a figure, across every measure held.
  await tx.execute(sql`
    update local_authorities as la
    set first_year = spans.first_year, last_year = spans.last_year
    from (
      select code, min(year) as first_year, max(year) as last_year
      from published_statistics
      where level = 'local_authority' and value is not null and measure_id <> ${POPULATION_MEASURE_ID}
      group by code
    ) as spans
    where la.code = spans.code`);
}

async function recordImport(tx: Tx, sha256: string, fileName: string, measureIds: string[], rows: number) {
  await tx
    .insert(statisticsImports)
    .values({ sha256, fileName, measureIds: measureIds.join(","), rows })
    .onConflictDoNothing();
}
