import { and, count, eq } from "drizzle-orm";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import type { Database } from "../db/database.ts";
import { publishedStatistics, statisticalNeighbours, statisticsImports } from "../db/schema.ts";
import { HttpError } from "../errors.ts";
import { EES_FILES, eesFilesAvailable, readEesFile } from "../test/ees-files.ts";
import { databaseLanes } from "../test/test-database.ts";
import { importStatisticsFile } from "./import-service.ts";

describe.runIf(eesFilesAvailable).each(databaseLanes())("importing DfE files on $name", (lane) => {
  let database: Database;

  beforeAll(async () => {
    database = await lane.open();
    await database.migrate();
  });
  afterAll(async () => {
    await database?.close();
  });
  beforeEach(async () => {
    // Each test starts from an empty statistics store.
    await database.db.delete(publishedStatistics);
    await database.db.delete(statisticalNeighbours);
    await database.db.delete(statisticsImports);
  });

  const rowCount = async () =>
    (await database.db.select({ rows: count() }).from(publishedStatistics))[0]?.rows ?? 0;
  const storedStatistic = async (measureId: string, year: number, code: string) => {
    const [row] = await database.db
      .select()
      .from(publishedStatistics)
      .where(
        and(
          eq(publishedStatistics.measureId, measureId),
          eq(publishedStatistics.year, year),
          eq(publishedStatistics.code, code),
        ),
      );
    return row;
  };
  const importFile = (fileName: string, text = readEesFile(fileName)) =>
    importStatisticsFile(database.db, { fileName, text });

  it("imports the referrals file: one row per area and year, England and Birmingham as published", async () => {
    const result = await importFile(EES_FILES.c1);
    expect(result).toMatchObject({ status: "imported", kind: "measure", measures: ["re-referrals"] });
    expect(result.rows).toBe(2132);
    expect(await rowCount()).toBe(2132);
    expect((await storedStatistic("re-referrals", 2025, "E92000001"))?.value).toBe(22.6);
    expect(await storedStatistic("re-referrals", 2025, "330")).toMatchObject({
      value: 20.7,
      name: "Birmingham",
    });
  });

  it("keeps suppressed cells as missing with their code", async () => {
    await importFile(EES_FILES.csww);
    const birmingham2024 = await storedStatistic("caseload", 2024, "330");
    expect(birmingham2024).toMatchObject({ value: null, suppression: "u" });
  });

  it("is idempotent: the same file again changes nothing", async () => {
    await importFile(EES_FILES.c1);
    const before = await database.db.select().from(publishedStatistics);
    const again = await importFile(EES_FILES.c1);
    expect(again.status).toBe("unchanged");
    expect(await database.db.select().from(publishedStatistics)).toEqual(before);
  });

  it("rates CP plans from the ONS population of the previous mid-year, once it is held", async () => {
    const withoutPopulation = await importFile(EES_FILES.d5);
    expect(withoutPopulation.status).toBe("imported");
    expect(await storedStatistic("cp-plans", 2025, "330")).toMatchObject({ value: null, suppression: "x" });

    await importFile(EES_FILES.population);
    await database.db.delete(statisticsImports);
    await importFile(EES_FILES.d5);
    const birmingham = await storedStatistic("cp-plans", 2025, "330");
    expect(birmingham?.value).not.toBeNull();
    expect(birmingham?.value).toBeCloseTo(
      ((birmingham?.numerator ?? 0) / (birmingham?.denominator ?? 1)) * 10_000,
      1,
    );
    const population2024 = await storedStatistic("population", 2024, "330");
    expect(birmingham?.denominator).toBe(population2024?.value);
  });

  it("imports both statistical-neighbour models", async () => {
    await importFile(EES_FILES.sn2025);
    await importFile(EES_FILES.sn2021);
    const birmingham = await database.db
      .select()
      .from(statisticalNeighbours)
      .where(eq(statisticalNeighbours.laCode, "330"));
    expect(birmingham.filter((row) => row.model === "2025")).toHaveLength(10);
    expect(birmingham.filter((row) => row.model === "2021")).toHaveLength(10);
  });

  it.each([
    [
      "a year that is not a year",
      (text: string) => text.replace(/\n2025,/, "\n20x5,"),
      /line 2, column "time_period"/,
    ],
    [
      "a row with a missing field",
      (text: string) => text.replace(/\n(2025,Reporting year,National[^\n]*),[^,\n]*\n/, "\n$1\n"),
      /line 2/,
    ],
    [
      "a number that is not a number",
      (text: string) => text.replace(/,22\.6,/, ",22.6%,"),
      /line 2, column "rereferral_percent"/,
    ],
    ["no known measure", () => "time_period,geographic_level\n2025,National\n", /line 1/],
  ])("rejects %s with the file, line and column named, storing nothing", async (_name, corrupt, where) => {
    const text = corrupt(readEesFile(EES_FILES.c1));
    const attempt = importFile("broken.csv", text);
    await expect(attempt).rejects.toBeInstanceOf(HttpError);
    await expect(importFile("broken.csv", text)).rejects.toThrow(/^broken\.csv /);
    await expect(importFile("broken.csv", text)).rejects.toThrow(where);
    expect(await rowCount()).toBe(0);
    expect((await database.db.select().from(statisticsImports)).length).toBe(0);
  });

  it("rejects a file with a bad row far down without storing its good rows", async () => {
    const lines = readEesFile(EES_FILES.c1).split("\n");
    lines[2000] = lines[2000]?.replace(/,(\d+),(\d+),/, ",$1,lots,") ?? "";
    await expect(importFile("late-error.csv", lines.join("\n"))).rejects.toThrow(/late-error\.csv line 2001/);
    expect(await rowCount()).toBe(0);
  });
});

/** A small file in the c1 layout whose LA row has a note long enough to cross the first 64 KB. */
function referralsFileWithLongNote(
  lastRow = "2025,Reporting year,Local authority,E92000001,England,E12000005,West Midlands,331,E08000026,Coventry,short,4000,900,22.5",
) {
  const note = `"${'Revised, see the release\'s "methodology" page.\n'.replaceAll('"', '""').repeat(1500)}"`;
  const text = [
    "time_period,time_identifier,geographic_level,country_code,country_name,region_code,region_name,old_la_code,new_la_code,la_name,note,referral_count,rereferral_count,rereferral_percent",
    "2025,Reporting year,National,E92000001,England,,,,,,,632830,142900,22.6",
    `2025,Reporting year,Local authority,E92000001,England,E12000005,West Midlands,330,E08000025,Birmingham,${note},16324,3382,20.7`,
    lastRow,
    "",
  ].join("\n");
  const noteStart = text.indexOf(note);
  return { text, noteStart, noteEnd: noteStart + note.length, noteLines: note.split("\n").length - 1 };
}

describe.each(databaseLanes())("importing a file with a quoted field across 64 KB on $name", (lane) => {
  let database: Database;

  beforeAll(async () => {
    database = await lane.open();
    await database.migrate();
  });
  afterAll(async () => {
    await database?.close();
  });

  it("imports it whole", async () => {
    const file = referralsFileWithLongNote();
    expect(file.noteStart).toBeLessThan(65_536);
    expect(file.noteEnd).toBeGreaterThan(65_536);
    const result = await importStatisticsFile(database.db, { fileName: "long-note.csv", text: file.text });
    expect(result).toMatchObject({
      status: "imported",
      kind: "measure",
      measures: ["re-referrals"],
      rows: 3,
    });
    const stored = await database.db
      .select({ code: publishedStatistics.code, value: publishedStatistics.value })
      .from(publishedStatistics)
      .where(eq(publishedStatistics.sourceFile, "long-note.csv"))
      .orderBy(publishedStatistics.code);
    expect(stored).toEqual([
      { code: "330", value: 20.7 },
      { code: "331", value: 22.5 },
      { code: "E92000001", value: 22.6 },
    ]);
  });

  it("still names the exact line of a bad row after the long field", async () => {
    const file = referralsFileWithLongNote(
      "2025,Reporting year,Local authority,E92000001,England,E12000005,West Midlands,331,E08000026,Coventry,short,4000,900,lots",
    );
    // Header, England, then Birmingham's record over the note's lines; Coventry starts on the line after.
    const coventryLine = 3 + file.noteLines + 1;
    await expect(
      importStatisticsFile(database.db, { fileName: "long-note-bad.csv", text: file.text }),
    ).rejects.toThrow(`long-note-bad.csv line ${coventryLine}, column "rereferral_percent"`);
  });
});
