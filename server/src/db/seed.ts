import { birmingham, birminghamAreas } from "@scorecard/seed/birmingham";
import { consistentWithPapers } from "@scorecard/seed/illustrative-consistency";
import { illustrativeHistory } from "@scorecard/seed/illustrative-history";
import { indicatorSeeds } from "@scorecard/seed/indicators";
import { populationSeeds } from "@scorecard/seed/populations";
import type { PublishedIndicatorBlock, PublishedScorecard } from "@scorecard/seed/published-scorecard-types";
import { scorecard2015_05 } from "@scorecard/seed/scorecard-2015-05";
import { scorecard2016_04 } from "@scorecard/seed/scorecard-2016-04";
import { scorecard2017_12 } from "@scorecard/seed/scorecard-2017-12";
import { inForceAt } from "@scorecard/shared/in-force";
import { financialYearEnding, periodLongLabel } from "@scorecard/shared/periods";
import { and, count, eq, sql } from "drizzle-orm";
import { buildBenchmarkFiguresIfMissing } from "../dfe-benchmarks/benchmark-figures.ts";
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
import { seedStatistics } from "./seed-statistics.ts";
import { setWriteOrganisation, systemActor, writeTransaction } from "./write-transaction.ts";

export const publishedScorecards: PublishedScorecard[] = [
  scorecard2015_05,
  scorecard2016_04,
  scorecard2017_12,
];

/**
 * Seeds only a database that has no organisation yet; returns whether it seeded. A database seeded
 * before the read model of DfE benchmarks existed gets it built.
 */
export async function seedIfEmpty(db: Db): Promise<boolean> {
  const [row] = await db.select({ organisations: count() }).from(organisations);
  if ((row?.organisations ?? 0) > 0) {
    await buildBenchmarkFiguresIfMissing(db);
    return false;
  }
  await seedDatabase(db);
  return true;
}

/**
 * Loads Birmingham's published scorecards in one transaction, audited as the system actor "seed".
 * Idempotent: every insert skips rows that are already there, so running it twice changes nothing
 * (and adds no audit rows).
 */
export async function seedDatabase(db: Db): Promise<void> {
  await writeTransaction(db, { actor: systemActor("seed"), organisationId: null }, async (tx) => {
    await tx.insert(organisations).values(birmingham).onConflictDoNothing();
    const [organisation] = await tx
      .select()
      .from(organisations)
      .where(eq(organisations.slug, birmingham.slug));
    if (!organisation) throw new Error("seed: organisation insert failed");
    await setWriteOrganisation(tx, organisation.id);

    const areaIds = await seedAreas(tx, organisation.id);
    await tx
      .insert(indicators)
      .values(indicatorSeeds.map((indicator) => ({ ...indicator, organisationId: organisation.id })))
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
    await insertInChunks(tx, observationRows(areaIds));
    await seedStatistics(tx);
    // The organisation's region comes from DfE's list of local authorities, as for any organisation created later.
    await tx.execute(
      sql`update organisations set region_code = la.region_code, region_name = la.region_name from local_authorities la where la.code = organisations.old_la_code and organisations.region_code is null`,
    );
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
    if (block.baseline) {
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

    await seedTarget(tx, organisationId, scorecard, block, paper);

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

/**
 * Councils set targets for a financial year; a paper shows the one in force, so it is recorded
 * from the April that began that year, with the paper named as the evidence. When a later paper
 * prints the indicator without a target, a "no target" row (null) records that, so an old target
 * is not silently carried forward. Rows are only ever added.
 */
async function seedTarget(
  tx: Tx,
  organisationId: number,
  scorecard: PublishedScorecard,
  block: PublishedIndicatorBlock,
  paper: string,
) {
  const effectiveFrom = `${financialYearEnding(scorecard.period) - 1}-04`;
  const earlier = await tx
    .select()
    .from(targets)
    .where(and(eq(targets.organisationId, organisationId), eq(targets.indicatorId, block.indicatorId)));
  const inForce = inForceAt(earlier, effectiveFrom);
  if (block.target) {
    const label = block.target.label ? ` (${block.target.label})` : "";
    await tx
      .insert(targets)
      .values({
        organisationId,
        indicatorId: block.indicatorId,
        effectiveFrom,
        value: block.target.value,
        reason: `Target ${block.target.printed}${label} printed in the ${paper}; recorded from the start of that financial year.`,
      })
      .onConflictDoNothing();
  } else if (inForce && inForce.value !== null) {
    await tx
      .insert(targets)
      .values({
        organisationId,
        indicatorId: block.indicatorId,
        effectiveFrom,
        value: null,
        reason: `The ${paper} prints no target for this indicator, so the earlier target is not carried forward.`,
      })
      .onConflictDoNothing();
  }
}

type ObservationInsert = typeof observations.$inferInsert;

/**
 * Every monthly figure: the papers' own (a fixed-month baseline such as "Mar-17" is that month's
 * figure; when two papers disagree about a month, the later paper's restatement wins, and each
 * paper's printed baseline is kept in published_baselines), then the illustrative history for
 * every other month.
 */
function observationRows(areaIds: Map<string, number>): ObservationInsert[] {
  const rows = new Map<string, ObservationInsert>();
  const put = (row: ObservationInsert) =>
    rows.set(`${row.areaId}|${row.period}|${row.indicatorId}|${row.breakdown}`, row);
  for (const scorecard of publishedScorecards) {
    for (const block of scorecard.blocks) {
      const fixedMonth = block.baseline?.kind === "fixed_month" ? block.baseline.month : null;
      const dated = [
        ...(fixedMonth
          ? (block.baseline?.figures ?? []).map((figure) => ({ figure, period: fixedMonth }))
          : []),
        ...block.figures.map((figure) => ({ figure, period: scorecard.period })),
      ];
      for (const { figure, period } of dated) {
        put({
          areaId: idOf(areaIds, figure.areaId),
          period,
          indicatorId: block.indicatorId,
          breakdown: figure.breakdown ?? "",
          numerator: figure.numerator,
          denominator: figure.denominator,
          value: figure.value,
          source: "published",
        });
      }
    }
  }
  for (const observation of consistentWithPapers(illustrativeHistory, publishedScorecards)) {
    const row: ObservationInsert = {
      areaId: idOf(areaIds, observation.areaId),
      period: observation.period,
      indicatorId: observation.indicatorId,
      breakdown: observation.breakdown ?? "",
      numerator: observation.numerator,
      denominator: observation.denominator,
      value: observation.value,
      source: "illustrative",
    };
    const key = `${row.areaId}|${row.period}|${row.indicatorId}|${row.breakdown}`;
    if (!rows.has(key)) rows.set(key, row);
  }
  return [...rows.values()];
}

/** Bulk insert, skipping rows already there, in chunks that stay under Postgres' parameter limit. */
async function insertInChunks(tx: Tx, rows: ObservationInsert[], chunkSize = 2000) {
  for (let start = 0; start < rows.length; start += chunkSize) {
    await tx
      .insert(observations)
      .values(rows.slice(start, start + chunkSize))
      .onConflictDoNothing();
  }
}
