import { desc, sql } from "drizzle-orm";
import type { DbOrTx } from "../db/database.ts";
import { observations } from "../db/schema.ts";

/** Months with any figure, latest first, with whether any of them was published. */
export function listPeriodsWithData(db: DbOrTx) {
  return db
    .select({
      period: observations.period,
      hasPublished: sql<boolean>`bool_or(${observations.source} = 'published')`.mapWith(Boolean),
    })
    .from(observations)
    .groupBy(observations.period)
    .orderBy(desc(observations.period));
}
