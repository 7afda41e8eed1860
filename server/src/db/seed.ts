import { birmingham, birminghamAreas } from "@scorecard/seed/birmingham";
import { indicatorSeeds } from "@scorecard/seed/indicators";
import { populationSeeds } from "@scorecard/seed/populations";
import type { PublishedScorecard } from "@scorecard/seed/published-scorecard-types";
import { scorecard2015_05 } from "@scorecard/seed/scorecard-2015-05";
import { scorecard2016_04 } from "@scorecard/seed/scorecard-2016-04";
import { scorecard2017_12 } from "@scorecard/seed/scorecard-2017-12";
import { financialYearEnding, periodLongLabel } from "@scorecard/shared/periods";
import { and, count, eq } from "drizzle-orm";
import type { Db, Tx } from "./database.ts";
import {
  areaPopulations,
  areas,
  benchmarks,
  commentaries,
  indicators,
  observations,
  organisations,
  publishedBaselines,
  targets,
} from "./schema.ts";

export const publishedScorecards: PublishedScorecard[] = [
  scorecard2015_05,
  scorecard2016_04,
  scorecard2017_12,
];

/** Seeds only a database that has no organisation yet; returns whether it seeded. */
export async function seedIfEmpty(db: Db): Promise<boolean> {
  const [row] = await db.select({ organisations: count() }).from(organisations);
  if ((row?.organisations ?? 0) > 0) return false;
  await seedDatabase(db);
  return true;
}

/**
 * Loads Birmingham's published scorecards in one transaction. Idempotent: every insert skips
 * rows that are already there, so running it twice changes nothing.
 */
export async function seedDatabase(db: Db): Promise<void> {
  await db.transaction(async (tx) => {
    await tx.insert(organisations).values(birmingham).onConflictDoNothing();
    const [organisation] = await tx
      .select()
      .from(organisations)
      .where(eq(organisations.slug, birmingham.slug));
    if (!organisation) throw new Error("seed: organisation insert failed");

    const areaIds = await seedAreas(tx, organisation.id);
    await tx
      .insert(indicators)
      .values(indicatorSeeds.map(({ ...indicator }) => indicator))
      .onConflictDoNothing();
    await tx
      .insert(areaPopulations)
      .values(
        populationSeeds.map((seed) => ({
          areaId: idOf(areaIds, seed.areaId),
          year: seed.year,
          population: seed.population,
          source: seed.source,
        })),
      )
      .onConflictDoNothing();

    for (const scorecard of publishedScorecards) {
      await seedPublishedScorecard(tx, organisation.id, areaIds, scorecard);
    }
  });
}

function idOf(areaIds: Map<string, number>, slug: string): number {
  const id = areaIds.get(slug);
  if (id === undefined) throw new Error(`seed: unknown area "${slug}"`);
  return id;
}

async function seedAreas(tx: Tx, organisationId: number): Promise<Map<string, number>> {
  const areaIds = new Map<string, number>();
  // Parents come first in the list, so each child can point at an id that already exists.
  for (const [sortOrder, area] of birminghamAreas.entries()) {
    const parentId = area.parentId ? idOf(areaIds, area.parentId) : null;
    await tx
      .insert(areas)
      .values({ organisationId, slug: area.id, name: area.name, kind: area.kind, parentId, sortOrder })
      .onConflictDoNothing();
    const [row] = await tx
      .select({ id: areas.id })
      .from(areas)
      .where(and(eq(areas.organisationId, organisationId), eq(areas.slug, area.id)));
    if (!row) throw new Error(`seed: area "${area.id}" was not stored`);
    areaIds.set(area.id, row.id);
  }
  return areaIds;
}

async function seedPublishedScorecard(
  tx: Tx,
  organisationId: number,
  areaIds: Map<string, number>,
  scorecard: PublishedScorecard,
) {
  const paper = `Birmingham scorecard ${periodLongLabel(scorecard.period)}`;
  for (const block of scorecard.blocks) {
    const observationRows = block.figures.map((figure) => ({
      areaId: idOf(areaIds, figure.areaId),
      period: scorecard.period,
      indicatorId: block.indicatorId,
      breakdown: figure.breakdown ?? "",
      numerator: figure.numerator,
      denominator: figure.denominator,
      value: figure.value,
      source: "published" as const,
    }));
    if (observationRows.length > 0)
      await tx.insert(observations).values(observationRows).onConflictDoNothing();

    if (block.baseline && block.baseline.kind !== "fixed_month") {
      const baseline = block.baseline;
      const baselineRows = baseline.figures.map((figure) => ({
        areaId: idOf(areaIds, figure.areaId),
        period: scorecard.period,
        indicatorId: block.indicatorId,
        breakdown: figure.breakdown ?? "",
        label: baseline.label,
        numerator: figure.numerator,
        denominator: figure.denominator,
        value: figure.value,
      }));
      if (baselineRows.length > 0)
        await tx.insert(publishedBaselines).values(baselineRows).onConflictDoNothing();
    }
    // A fixed-month baseline ("Mar-17") is that month's own figure: store it as an observation of that month.
    if (block.baseline?.kind === "fixed_month" && block.baseline.month) {
      const month = block.baseline.month;
      const rows = block.baseline.figures.map((figure) => ({
        areaId: idOf(areaIds, figure.areaId),
        period: month,
        indicatorId: block.indicatorId,
        breakdown: figure.breakdown ?? "",
        numerator: figure.numerator,
        denominator: figure.denominator,
        value: figure.value,
        source: "published" as const,
      }));
      if (rows.length > 0) await tx.insert(observations).values(rows).onConflictDoNothing();
    }

    if (block.target) {
      // Councils set targets for a financial year; the paper shows the one in force, so it is
      // recorded from the April that began that year, with the paper named as the evidence.
      const fyStart = `${financialYearEnding(scorecard.period) - 1}-04`;
      await tx
        .insert(targets)
        .values({
          organisationId,
          indicatorId: block.indicatorId,
          effectiveFrom: fyStart,
          value: block.target.value,
          reason: `Target ${block.target.printed}${block.target.label ? ` (${block.target.label})` : ""} printed in the ${paper}; recorded from the start of that financial year.`,
        })
        .onConflictDoNothing();
    }

    for (const benchmark of block.benchmarks) {
      await tx
        .insert(benchmarks)
        .values({
          organisationId,
          indicatorId: block.indicatorId,
          kind: benchmark.kind,
          value: benchmark.value,
          unit: benchmark.unit,
          periodLabel: benchmark.periodLabel,
          effectiveFrom: scorecard.period,
          source: benchmark.source,
        })
        .onConflictDoNothing();
    }

    if (block.commentary.trim()) {
      await tx
        .insert(commentaries)
        .values({
          organisationId,
          indicatorId: block.indicatorId,
          period: scorecard.period,
          body: block.commentary,
        })
        .onConflictDoNothing();
    }
  }
}
