import { readFileSync, statSync } from "node:fs";
import { EES_SOURCE_DIRECTORY, eesSourcesAvailable } from "@scorecard/dfe/ees-test-sources";
import { EES_MEASURE_IDS } from "@scorecard/dfe/measures";
import { describe, expect, it } from "vitest";
import { EES_DATASET_URL, type EesDatasetFile, loadEesDataset, parseEesDatasetJson } from "./ees-dataset.ts";
import { buildEesDatasetFile, serializeEesDataset } from "./ees-dataset-builder.ts";

const committedText = () => readFileSync(EES_DATASET_URL, "utf8");

describe("the committed EES dataset", () => {
  it("is compact", () => {
    expect(statSync(EES_DATASET_URL).size).toBeLessThan(1_000_000);
  });

  it("loads as typed values for every measure, with England, regions and LAs", () => {
    const dataset = loadEesDataset();
    expect(dataset.measures.map((measure) => measure.id)).toEqual([...EES_MEASURE_IDS]);
    for (const measureId of EES_MEASURE_IDS) {
      const values = dataset.values.filter((value) => value.measureId === measureId);
      expect(values.some((value) => value.level === "national")).toBe(true);
      expect(values.some((value) => value.level === "regional")).toBe(true);
      expect(values.filter((value) => value.level === "local_authority").length).toBeGreaterThan(700);
    }
    expect(
      dataset.values.find(
        (value) => value.measureId === "re-referrals" && value.code === "330" && value.year === 2025,
      ),
    ).toEqual({
      measureId: "re-referrals",
      year: 2025,
      level: "local_authority",
      code: "330",
      name: "Birmingham",
      regionCode: "E12000005",
      value: 20.7,
      numerator: 3382,
      denominator: 16324,
      suppression: null,
    });
    const england = dataset.values.find(
      (value) => value.measureId === "re-referrals" && value.code === "E92000001" && value.year === 2025,
    );
    expect(england).toMatchObject({ level: "national", name: "England", value: 22.6, regionCode: null });
  });

  it("never stores a suppressed figure as a number", () => {
    for (const value of loadEesDataset().values) {
      expect(value.value === null).toBe(value.suppression !== null);
    }
  });

  it("lists LAs that exist only for some years under their own codes", () => {
    const las = new Map(loadEesDataset().las.map((la) => [la.code, la]));
    const summary = (code: string) => {
      const la = las.get(code);
      return la && { name: la.name, newCode: la.newCode, years: la.years };
    };
    // Years are those with any figure; the workforce file's 30 September snapshots start a year early.
    expect(summary("928")).toEqual({ name: "Northamptonshire", newCode: "E10000021", years: [2013, 2021] });
    expect(summary("940")).toEqual({
      name: "North Northamptonshire",
      newCode: "E06000061",
      years: [2022, 2025],
    });
    expect(summary("941")).toEqual({
      name: "West Northamptonshire",
      newCode: "E06000062",
      years: [2022, 2025],
    });
    expect(summary("909")).toEqual({ name: "Cumbria", newCode: "E10000006", years: [2013, 2023] });
    expect(summary("942")).toEqual({ name: "Cumberland", newCode: "E06000063", years: [2023, 2025] });
    expect(summary("943")).toEqual({
      name: "Westmorland and Furness",
      newCode: "E06000064",
      years: [2023, 2025],
    });
    // Same LA, new ONS code.
    expect(las.get("815")).toMatchObject({ newCode: "E06000065", otherNewCodes: ["E10000023"] });
    expect(las.get("330")).toMatchObject({ newCode: "E08000025", otherNewCodes: [], years: [2013, 2025] });
    // The workforce file reports two pairs of LAs jointly.
    expect(las.get("940 / 941")?.name).toBe("North Northamptonshire / West Northamptonshire");
    expect(las.get("314 / 318")?.name).toBe("Kingston upon Thames / Richmond upon Thames");
  });

  it("has both statistical neighbour models, Birmingham with ten labelled neighbours in each", () => {
    const groups = loadEesDataset().statisticalNeighbours.filter((group) => group.laCode === "330");
    expect(groups.map((group) => group.model)).toEqual(["2025", "2021"]);
    for (const group of groups) {
      expect(group.neighbours).toHaveLength(10);
      expect(group.neighbours[0]).toMatchObject({ position: 1 });
      expect(group.neighbours.every((neighbour) => neighbour.closeness.length > 0)).toBe(true);
    }
  });

  it("rejects a malformed file rather than returning short columns", () => {
    expect(() => parseEesDatasetJson(committedText())).not.toThrow();
    const shortColumn = JSON.parse(committedText()) as EesDatasetFile;
    shortColumn.values[0]?.suppression.pop();
    expect(() => parseEesDatasetJson(JSON.stringify(shortColumn))).toThrow(
      /malformed values for "re-referrals"/,
    );
    expect(() => parseEesDatasetJson('{"formatVersion":0}')).toThrow(/formatVersion/);
  });
});

describe.skipIf(!eesSourcesAvailable)("the committed EES dataset against its sources", () => {
  it("equals what the build script would write now", () => {
    const rebuilt = serializeEesDataset(buildEesDatasetFile(EES_SOURCE_DIRECTORY));
    // A failure here means the sources or the mapping changed: run `pnpm run build:ees` in seed/.
    expect(JSON.parse(committedText())).toEqual(JSON.parse(rebuilt));
    expect(committedText() === rebuilt, "byte-for-byte").toBe(true);
  });
});
