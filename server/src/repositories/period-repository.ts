import { sql } from "drizzle-orm";
import type { DbOrTx } from "../db/database.ts";

/**
 * Months with any figure for the given areas (one organisation's), latest first, with whether any
 * of them was published. A recursive query hops from month to month down the (period, source)
 * index — about a hundred probes for ten years — rather than grouping millions of observations.
 */
export async function listPeriodsWithData(
  db: DbOrTx,
  areaIds: readonly number[],
): Promise<{ period: string; hasPublished: boolean }[]> {
  if (areaIds.length === 0) return [];
  const areas = sql.join(
    areaIds.map((id) => sql`${id}`),
    sql`, `,
  );
  const result = (await db.execute(sql`
    with recursive months as (
      (select period from observations where area_id in (${areas}) order by period desc limit 1)
      union all
      select (
        select o.period from observations o
        where o.area_id in (${areas}) and o.period < months.period
        order by o.period desc limit 1
      )
      from months
      where months.period is not null
    )
    select
      period,
      exists (
        select 1 from observations o
        where o.period = months.period and o.source = 'published' and o.area_id in (${areas})
      ) as has_published
    from months
    where period is not null`)) as unknown as { rows: { period: string; has_published: boolean }[] };
  return result.rows.map((row) => ({ period: row.period, hasPublished: row.has_published }));
}
