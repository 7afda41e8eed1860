import { EES_MEASURES } from "@scorecard/dfe/measures";
import { benchmarkStats } from "@scorecard/shared/benchmark-stats";
import type { DfeBenchmarkFigures } from "@scorecard/shared/dfe-benchmark-figures";
import { type DfeFigures, dfeBenchmarkHistory, dfeBenchmarksInForce } from "@scorecard/shared/dfe-benchmarks";
import { asc, count } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database, DbOrTx } from "../db/database.ts";
import {
  dfeBenchmarkFigures,
  localAuthorities,
  publishedStatistics,
  statisticalNeighbours,
} from "../db/schema.ts";
import { seedDatabase, seedIfEmpty } from "../db/seed.ts";
import { listAllBenchmarkFigures } from "../repositories/benchmark-figures-repository.ts";
import { EES_FILES, eesFilesAvailable, readEesFile } from "../test/ees-files.ts";
import { databaseLanes } from "../test/test-database.ts";
import { importStatisticsFile } from "./import-service.ts";
import { loadDfeFigureHistory, loadDfeFiguresAt } from "./scorecard-benchmarks.ts";

type Statistic = typeof publishedStatistics.$inferSelect;

/**
 * Every figure the read model should hold, recomputed here from the raw tables with the benchmark
 * engine itself (`benchmarkStats`), not with the function that built the read model.
 */
async function recomputeFromRawStatistics(db: DbOrTx): Promise<DfeBenchmarkFigures[]> {
  const [statistics, neighbourRows, directory] = await Promise.all([
    db.select().from(publishedStatistics),
    db.select().from(statisticalNeighbours).orderBy(asc(statisticalNeighbours.position)),
    db.select().from(localAuthorities),
  ]);
  const expected: DfeBenchmarkFigures[] = [];
  for (const measure of EES_MEASURES) {
    const ofMeasure = statistics.filter((row) => row.measureId === measure.id);
    for (const year of new Set(ofMeasure.map((row) => row.year))) {
      const rows = ofMeasure.filter((row) => row.year === year);
      const laRows = rows.filter((row) => row.level === "local_authority");
      const codes = new Set([...directory.map((la) => la.code), ...laRows.map((row) => row.code)]);
      const national = rows.find((row) => row.level === "national")?.value ?? null;
      for (const model of ["2021", "2025"] as const) {
        for (const code of codes) {
          const la = directory.find((entry) => entry.code === code);
          const own: Statistic | undefined = laRows.find((row) => row.code === code);
          const region = rows.find((row) => row.level === "regional" && row.code === la?.regionCode);
          const stats = benchmarkStats({
            values: laRows.map((row) => ({ code: row.code, value: row.value })),
            subject: code,
            neighbours: neighbourRows
              .filter((row) => row.model === model && row.laCode === code)
              .map((row) => row.neighbourCode),
            polarity: measure.polarity,
            national,
          });
          expected.push({
            measureId: measure.id,
            year,
            model,
            laCode: code,
            laName: own?.name ?? null,
            value: own?.value ?? null,
            numerator: own?.numerator ?? null,
            denominator: own?.denominator ?? null,
            suppression: own?.suppression ?? null,
            national,
            regionCode: la?.regionCode ?? null,
            regionName: la?.regionName ?? null,
            regionFigureName: region?.name ?? null,
            regionValue: region?.value ?? null,
            neighboursMean: stats.neighboursMean,
            neighboursMedian: stats.neighboursMedian,
            neighboursWithValues: stats.neighboursWithValues,
            rank: stats.rank,
            rankOf: stats.rankOf,
            quartile: stats.quartile,
          });
        }
      }
    }
  }
  const key = (entry: DfeBenchmarkFigures) =>
    `${entry.measureId}|${entry.year}|${entry.model}|${entry.laCode}`;
  return expected.sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0));
}

async function expectReadModelMatchesRawStatistics(db: DbOrTx) {
  const stored = await listAllBenchmarkFigures(db);
  expect(stored.length).toBeGreaterThan(0);
  expect(stored).toEqual(await recomputeFromRawStatistics(db));
}

describe.each(databaseLanes())("the read model of DfE benchmarks on $name", (lane) => {
  let database: Database;

  beforeAll(async () => {
    database = await lane.open();
    await database.migrate();
  });
  afterAll(async () => {
    await database?.close();
  });

  it("holds, after the seed, every figure recomputed from the raw statistics", async () => {
    await seedDatabase(database.db);
    await expectReadModelMatchesRawStatistics(database.db);
    const [rows] = await database.db.select({ rows: count() }).from(dfeBenchmarkFigures);
    // The directory's 160 LAs × two models × 58 measure-years (six measures, 2013 to 2025 at most).
    expect(rows?.rows).toBe(160 * 2 * 58);
  });

  it("is built at start for a database seeded before the read model existed", async () => {
    await database.db.delete(dfeBenchmarkFigures);
    expect(await seedIfEmpty(database.db)).toBe(false);
    await expectReadModelMatchesRawStatistics(database.db);
  });

  it("gives a scorecard and a series the same benchmarks as the raw statistics, for any month", async () => {
    const measureIds = EES_MEASURES.map((measure) => measure.id);
    const la = { code: "330", regionCode: "E12000005" };
    const [statistics, neighbourRows] = await Promise.all([
      database.db.select().from(publishedStatistics),
      database.db.select().from(statisticalNeighbours).orderBy(asc(statisticalNeighbours.position)),
    ]);
    const neighboursOf = (model: string) =>
      neighbourRows
        .filter((row) => row.model === model && row.laCode === la.code)
        .map((row) => row.neighbourCode);
    const raw = (measures: DfeFigures["measures"]): DfeFigures => ({
      la,
      measures,
      statistics,
      neighbours: { "2021": neighboursOf("2021"), "2025": neighboursOf("2025") },
    });
    for (let year = 2014; year <= 2026; year++) {
      for (const month of ["01", "05", "09", "12"]) {
        const period = `${year}-${month}`;
        const stored = await loadDfeFiguresAt(database.db, la, measureIds, period);
        expect("stored" in stored).toBe(true);
        expect(dfeBenchmarksInForce(stored, period)).toEqual(
          dfeBenchmarksInForce(raw(stored.measures), period),
        );
      }
    }
    for (const measureId of measureIds) {
      const stored = await loadDfeFigureHistory(database.db, la, measureId);
      expect(dfeBenchmarkHistory(stored, measureId)).toEqual(
        dfeBenchmarkHistory(raw(stored.measures), measureId),
      );
    }
    // An LA the directory does not know still has England's figures, computed from the raw rows.
    const unknown = await loadDfeFiguresAt(
      database.db,
      { code: "999", regionCode: null },
      measureIds,
      "2017-12",
    );
    expect("statistics" in unknown).toBe(true);
    expect(dfeBenchmarksInForce(unknown, "2017-12").get("re-referrals")?.[0]?.kind).toBe("national");
  });

  it.runIf(eesFilesAvailable)(
    "is rebuilt by every import, in its transaction: a new file's figures, a new neighbour model, nothing from a rejected file",
    async () => {
      await database.db.delete(publishedStatistics);
      await database.db.delete(statisticalNeighbours);
      await database.db.delete(dfeBenchmarkFigures);
      const importFile = (fileName: string, text = readEesFile(fileName)) =>
        importStatisticsFile(database.db, { fileName, text });

      await importFile(EES_FILES.c1);
      await expectReadModelMatchesRawStatistics(database.db);
      const withoutNeighbours = await listAllBenchmarkFigures(database.db);
      expect(withoutNeighbours.every((entry) => entry.neighboursMean === null)).toBe(true);

      await importFile(EES_FILES.sn2025);
      await expectReadModelMatchesRawStatistics(database.db);
      const birmingham2025 = (await listAllBenchmarkFigures(database.db)).find(
        (entry) =>
          entry.measureId === "re-referrals" &&
          entry.year === 2025 &&
          entry.model === "2025" &&
          entry.laCode === "330",
      );
      expect(birmingham2025).toMatchObject({ laName: "Birmingham", value: 20.7, neighboursWithValues: 10 });

      const before = await listAllBenchmarkFigures(database.db);
      const broken = `${readEesFile(EES_FILES.csww).split("\n").slice(0, 3).join("\n")}\nnot,a,row`;
      await expect(importFile(EES_FILES.csww, broken)).rejects.toThrow();
      expect(await listAllBenchmarkFigures(database.db)).toEqual(before);
    },
  );
});
