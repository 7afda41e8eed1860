import { eq, sql } from "drizzle-orm";
import type { DbOrTx } from "../db/database.ts";
import {
  localAuthorities,
  publishedStatistics,
  statisticalNeighbours,
  statisticsImports,
} from "../db/schema.ts";

/** The writes a DfE file import makes, each run inside the import's one transaction. */

export type StatisticInsert = typeof publishedStatistics.$inferInsert;
export type NeighbourInsert = typeof statisticalNeighbours.$inferInsert;
export type LocalAuthorityInsert = typeof localAuthorities.$inferInsert;

/** Large files are written in batches, below the parameter limit of one statement. */
const BATCH_ROWS = 1000;

function batches<T>(rows: readonly T[]): T[][] {
  const result: T[][] = [];
  for (let start = 0; start < rows.length; start += BATCH_ROWS) {
    result.push(rows.slice(start, start + BATCH_ROWS));
  }
  return result;
}

/** A file already imported, by the SHA-256 of its text. */
export async function findImport(db: DbOrTx, sha256: string) {
  const [seen] = await db.select().from(statisticsImports).where(eq(statisticsImports.sha256, sha256));
  return seen ?? null;
}

export async function recordImport(
  db: DbOrTx,
  entry: { sha256: string; fileName: string; measureIds: readonly string[]; rows: number },
) {
  await db
    .insert(statisticsImports)
    .values({ ...entry, measureIds: entry.measureIds.join(",") })
    .onConflictDoNothing();
}

/** Each figure replaces the one held for its measure, year, level and area. */
export async function upsertStatistics(db: DbOrTx, rows: readonly StatisticInsert[]) {
  for (const batch of batches(rows)) {
    await db
      .insert(publishedStatistics)
      .values(batch)
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

/** One model's neighbours in place of those held for it. */
export async function replaceNeighbourModel(db: DbOrTx, model: string, rows: readonly NeighbourInsert[]) {
  await db.delete(statisticalNeighbours).where(eq(statisticalNeighbours.model, model));
  for (const batch of batches(rows)) await db.insert(statisticalNeighbours).values(batch);
}

/** LAs not yet in the directory join it; known ones keep what they have. */
export async function addLocalAuthorities(db: DbOrTx, rows: readonly LocalAuthorityInsert[]) {
  if (rows.length === 0) return;
  await db
    .insert(localAuthorities)
    .values([...rows])
    .onConflictDoNothing();
}

/** Each LA's span of years with a figure, across every measure held (populations aside). */
export async function refreshLocalAuthorityYears(db: DbOrTx, populationMeasureId: string) {
  await db.execute(sql`
    update local_authorities as la
    set first_year = spans.first_year, last_year = spans.last_year
    from (
      select code, min(year) as first_year, max(year) as last_year
      from published_statistics
      where level = 'local_authority' and value is not null and measure_id <> ${populationMeasureId}
      group by code
    ) as spans
    where la.code = spans.code`);
}
