import { and, eq, sql } from "drizzle-orm";
import type { DbOrTx } from "../db/database.ts";
import { areaPopulations, areas, indicators, publishedStatistics } from "../db/schema.ts";
import { POPULATION_MEASURE_ID } from "../dfe-benchmarks/statistic-rows.ts";

/**
 * What a new organisation starts with: the whole authority as its one area, and a copy of the
 * installation's standard catalogue (the default organisation's indicators, without its targets,
 * figures or commentary), so its scorecard page works at once and its org admins edit from there.
 */
export async function insertWholeAuthorityArea(
  tx: DbOrTx,
  organisation: { id: number; name: string; oldLaCode: string },
) {
  const [area] = await tx
    .insert(areas)
    .values({ organisationId: organisation.id, slug: "city", name: organisation.name, kind: "city" })
    .returning({ id: areas.id });
  if (!area) throw new Error("whole-authority area not created");
  // The ONS 0–17 mid-year estimates held from DfE's files, so rates per 10,000 work from the start.
  await tx.insert(areaPopulations).select(
    tx
      .select({
        areaId: sql<number>`${area.id}`.as("area_id"),
        year: publishedStatistics.year,
        population: sql<number>`round(${publishedStatistics.value})::int`.as("population"),
        source: sql<string>`'ONS mid-year estimate (' || ${publishedStatistics.sourceFile} || ')'`.as(
          "source",
        ),
      })
      .from(publishedStatistics)
      .where(
        and(
          eq(publishedStatistics.measureId, POPULATION_MEASURE_ID),
          eq(publishedStatistics.level, "local_authority"),
          eq(publishedStatistics.code, organisation.oldLaCode),
          sql`${publishedStatistics.value} is not null`,
        ),
      ),
  );
}

export async function copyCatalogue(tx: DbOrTx, fromOrganisationId: number, toOrganisationId: number) {
  const catalogue = await tx
    .select()
    .from(indicators)
    .where(eq(indicators.organisationId, fromOrganisationId));
  if (catalogue.length === 0) return 0;
  await tx
    .insert(indicators)
    .values(catalogue.map((entry) => ({ ...entry, organisationId: toOrganisationId })));
  return catalogue.length;
}
