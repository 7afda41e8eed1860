import { EES_MEASURES } from "@scorecard/dfe/measures";
import type { SnModel } from "@scorecard/shared/api-schema";
import { dfeBenchmarkFigureTable } from "@scorecard/shared/dfe-benchmark-figures";
import type { Db, DbOrTx, Tx } from "../db/database.ts";
import {
  hasBenchmarkFigures,
  lockBenchmarkFigures,
  replaceBenchmarkFigures,
} from "../repositories/benchmark-figures-repository.ts";
import {
  listAllNeighbours,
  listLocalAuthorities,
  listStatisticsOf,
} from "../repositories/statistics-repository.ts";

/**
 * The read model of DfE benchmarks, computed by `dfeBenchmarkFigureTable` (shared/) from the raw
 * statistics, neighbours and directory held. Run inside every write to those tables (an import, the
 * seed), in its transaction, so no reader sees figures from other statistics than those stored.
 * The whole table is rebuilt: any file can move any figure (a neighbour model moves every mean,
 * a new LA in the directory gains rows), and a rebuild of ~19,000 rows takes a second or two.
 */
export async function computeBenchmarkFigures(db: DbOrTx) {
  // One after the other: inside a transaction they share one connection.
  const rows = await listStatisticsOf(
    db,
    EES_MEASURES.map((measure) => measure.id),
  );
  const las = await listLocalAuthorities(db);
  const neighbourRows = await listAllNeighbours(db);
  const neighbours: Record<SnModel, Map<string, string[]>> = { "2021": new Map(), "2025": new Map() };
  for (const row of neighbourRows) {
    const byLa = neighbours[row.model as SnModel];
    if (!byLa) continue;
    byLa.set(row.laCode, [...(byLa.get(row.laCode) ?? []), row.neighbourCode]);
  }
  return dfeBenchmarkFigureTable({ measures: EES_MEASURES, rows, las, neighbours });
}

/** Rebuilds the read model; call it inside the transaction that changed the raw tables. */
export async function rebuildBenchmarkFigures(tx: Tx) {
  await lockBenchmarkFigures(tx);
  await replaceBenchmarkFigures(tx, await computeBenchmarkFigures(tx));
}

/**
 * A database that held statistics before the read model existed (migrated, not seeded again) has
 * its figures built once, at start; otherwise the benchmark pages would find no years.
 */
export async function buildBenchmarkFiguresIfMissing(db: Db) {
  if (await hasBenchmarkFigures(db)) return;
  await db.transaction(async (tx) => {
    await lockBenchmarkFigures(tx);
    if (!(await hasBenchmarkFigures(tx)))
      await replaceBenchmarkFigures(tx, await computeBenchmarkFigures(tx));
  });
}
