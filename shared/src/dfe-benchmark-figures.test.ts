import { describe, expect, it } from "vitest";
import { dfeBenchmarkFigures, dfeBenchmarkFigureTable } from "./dfe-benchmark-figures.ts";

const measure = { id: "re-referrals", polarity: "lower_is_better" as const };
const row = (level: "national" | "regional" | "local_authority", code: string, value: number | null) => ({
  measureId: "re-referrals",
  year: 2024,
  level,
  code,
  name: `name of ${code}`,
  value,
  numerator: value === null ? null : value * 10,
  denominator: 1000,
  suppression: value === null ? "c" : null,
});
const rows = [
  row("national", "E92000001", 22),
  row("regional", "E12000005", 23),
  row("local_authority", "330", 20),
  row("local_authority", "331", 10),
  row("local_authority", "332", 30),
  row("local_authority", "333", null),
];

describe("dfeBenchmarkFigures", () => {
  it("gives the LA's row, England, its region, its neighbours' mean and median, rank and quartile", () => {
    const figures = dfeBenchmarkFigures({
      measure,
      year: 2024,
      model: "2025",
      rows,
      la: { code: "330", regionCode: "E12000005", regionName: "West Midlands" },
      neighbours: ["331", "333", "332"],
    });
    expect(figures).toEqual({
      measureId: "re-referrals",
      year: 2024,
      model: "2025",
      laCode: "330",
      laName: "name of 330",
      value: 20,
      numerator: 200,
      denominator: 1000,
      suppression: null,
      national: 22,
      regionCode: "E12000005",
      regionName: "West Midlands",
      regionFigureName: "name of E12000005",
      regionValue: 23,
      // 331 and 332 have figures; 333 is suppressed and left out.
      neighboursMean: 20,
      neighboursMedian: 20,
      neighboursWithValues: 2,
      rank: 2,
      rankOf: 3,
      quartile: "B",
    });
  });
});

describe("dfeBenchmarkFigureTable", () => {
  it("has every LA of the directory and every LA with a row, under each model", () => {
    const table = dfeBenchmarkFigureTable({
      measures: [measure],
      rows,
      las: [
        { code: "330", regionCode: "E12000005", regionName: "West Midlands" },
        { code: "340", regionCode: "E12000005", regionName: "West Midlands" },
      ],
      neighbours: { "2021": new Map([["340", ["330", "331"]]]), "2025": new Map() },
    });
    expect(table.map((entry) => `${entry.model} ${entry.laCode}`)).toEqual(
      ["330", "331", "332", "333", "340"]
        .flatMap((code) => [`2021 ${code}`])
        .concat(["330", "331", "332", "333", "340"].map((code) => `2025 ${code}`)),
    );
    // An LA of the directory with no row that year still has England and its neighbours' figures.
    const without = table.find((entry) => entry.model === "2021" && entry.laCode === "340");
    expect(without).toMatchObject({
      laName: null,
      value: null,
      national: 22,
      neighboursMean: 15,
      rank: null,
    });
    // An LA outside the directory has no region.
    expect(table.find((entry) => entry.laCode === "331")).toMatchObject({
      regionCode: null,
      regionValue: null,
    });
  });
});
