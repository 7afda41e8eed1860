import type { SnModel } from "@scorecard/shared/api-schema";
import type { Quartile } from "@scorecard/shared/benchmark-stats";
import type { DfeBenchmarkFigures } from "@scorecard/shared/dfe-benchmark-figures";
import { and, asc, eq, getTableColumns, inArray, max, sql } from "drizzle-orm";
import type { DbOrTx } from "../db/database.ts";
import { dfeBenchmarkFigures } from "../db/schema.ts";

/** The read model of DfE benchmarks (`dfe_benchmark_figures`): each query is one statement. */

type Row = typeof dfeBenchmarkFigures.$inferSelect;

// The columns are typed text in SQL; only `dfeBenchmarkFigures` in shared/ writes them.
const toFigures = (row: Row): DfeBenchmarkFigures => ({
  ...row,
  model: row.model as SnModel,
  quartile: row.quartile as Quartile | null,
});

/**
 * Holds the read model for this transaction's rebuild: a second import waits here until the first
 * commits, then reads the statistics as they are after it (readers are never blocked).
 */
export async function lockBenchmarkFigures(db: DbOrTx) {
  await db.execute(sql`lock table ${dfeBenchmarkFigures} in exclusive mode`);
}

/** Whether any figure is stored. */
export async function hasBenchmarkFigures(db: DbOrTx) {
  const rows = await db.select({ year: dfeBenchmarkFigures.year }).from(dfeBenchmarkFigures).limit(1);
  return rows.length > 0;
}

/**
 * Every stored figure in place of those held (in the caller's transaction). The rows travel as one
 * JSON parameter that PostgreSQL unpacks into the table's row type: one statement for ~20,000 rows,
 * several times faster than batches of bound parameters on PGlite.
 */
export async function replaceBenchmarkFigures(db: DbOrTx, rows: readonly DfeBenchmarkFigures[]) {
  await db.delete(dfeBenchmarkFigures);
  if (rows.length === 0) return;
  // The SQL names of the columns, as drizzle's snake_case casing gives them.
  const columns = Object.keys(getTableColumns(dfeBenchmarkFigures)) as (keyof Row)[];
  const sqlName = (key: string) => key.replace(/[A-Z]/g, (letter) => `_${letter.toLowerCase()}`);
  const json = JSON.stringify(
    rows.map((row) => Object.fromEntries(columns.map((key) => [sqlName(key), row[key]]))),
  );
  await db.execute(
    sql`insert into ${dfeBenchmarkFigures} select * from json_populate_recordset(null::${dfeBenchmarkFigures}, ${json}::json)`,
  );
}

/** Every stored figure, in key order: for the check that they match the raw statistics. */
export async function listAllBenchmarkFigures(db: DbOrTx) {
  const rows = await db
    .select()
    .from(dfeBenchmarkFigures)
    .orderBy(
      asc(dfeBenchmarkFigures.measureId),
      asc(dfeBenchmarkFigures.year),
      asc(dfeBenchmarkFigures.model),
      asc(dfeBenchmarkFigures.laCode),
    );
  return rows.map(toFigures);
}

/** One LA's figures under one model: every year of one or more measures (or only the given years). */
export async function listLaBenchmarkFigures(
  db: DbOrTx,
  query: { laCode: string; models: readonly SnModel[]; measureIds: readonly string[]; years?: number[] },
) {
  if (query.measureIds.length === 0 || query.years?.length === 0) return [];
  const rows = await db
    .select()
    .from(dfeBenchmarkFigures)
    .where(
      and(
        inArray(dfeBenchmarkFigures.measureId, [...query.measureIds]),
        inArray(dfeBenchmarkFigures.model, [...query.models]),
        eq(dfeBenchmarkFigures.laCode, query.laCode),
        query.years ? inArray(dfeBenchmarkFigures.year, query.years) : undefined,
      ),
    )
    .orderBy(asc(dfeBenchmarkFigures.measureId), asc(dfeBenchmarkFigures.year));
  return rows.map(toFigures);
}

/** Several LAs' figures for one measure, year and model (all LAs when `laCodes` is not given). */
export async function listYearBenchmarkFigures(
  db: DbOrTx,
  query: { measureId: string; model: SnModel; year: number; laCodes?: readonly string[] },
) {
  if (query.laCodes?.length === 0) return [];
  const rows = await db
    .select()
    .from(dfeBenchmarkFigures)
    .where(
      and(
        eq(dfeBenchmarkFigures.measureId, query.measureId),
        eq(dfeBenchmarkFigures.model, query.model),
        eq(dfeBenchmarkFigures.year, query.year),
        query.laCodes ? inArray(dfeBenchmarkFigures.laCode, [...query.laCodes]) : undefined,
      ),
    )
    .orderBy(asc(dfeBenchmarkFigures.laCode));
  return rows.map(toFigures);
}

/**
 * The ranking of one measure and year: each LA DfE published a row for, with its rank and quartile
 * (which do not depend on the neighbour model: the 2025 model's rows are read).
 */
export async function listRankingFigures(db: DbOrTx, measureId: string, year: number) {
  const rows = await db
    .select({
      code: dfeBenchmarkFigures.laCode,
      name: dfeBenchmarkFigures.laName,
      regionName: dfeBenchmarkFigures.regionName,
      value: dfeBenchmarkFigures.value,
      suppression: dfeBenchmarkFigures.suppression,
      rank: dfeBenchmarkFigures.rank,
      quartile: dfeBenchmarkFigures.quartile,
    })
    .from(dfeBenchmarkFigures)
    .where(
      and(
        eq(dfeBenchmarkFigures.measureId, measureId),
        eq(dfeBenchmarkFigures.model, "2025"),
        eq(dfeBenchmarkFigures.year, year),
      ),
    )
    .orderBy(asc(dfeBenchmarkFigures.laCode));
  return rows.map((row) => ({ ...row, quartile: row.quartile as Quartile | null }));
}

/** The latest year a measure has figures for, or null. */
export async function latestBenchmarkYear(db: DbOrTx, measureId: string) {
  const [row] = await db
    .select({ year: max(dfeBenchmarkFigures.year) })
    .from(dfeBenchmarkFigures)
    .where(eq(dfeBenchmarkFigures.measureId, measureId));
  return row?.year ?? null;
}
