import type { ScorecardResponse, ScorecardRow } from "@scorecard/shared/api-schema";
import { describe, expect, it } from "vitest";
import { areaBars, matrixAreas, parseSelectedAreas, serialiseSelectedAreas } from "./area-figures.ts";

const area = (areaId: string, value: number) => ({
  areaId,
  name: areaId.toUpperCase(),
  value,
  numerator: value,
  denominator: 100,
  ratePer10k: null,
  rag: null,
  source: "published" as const,
});

const row = {
  indicatorId: "re-referrals",
  value: 21.7,
  numerator: 268,
  denominator: 1234,
  rag: "GREEN",
  source: "published",
  areas: [area("east", 20), area("nwc", 25)],
} as unknown as ScorecardRow;
const scorecard = {
  period: "2017-12",
  area: { id: "city", name: "Birmingham" },
  rows: [row],
} as ScorecardResponse;

describe("areaBars", () => {
  it("puts the whole authority first, then every area", () => {
    expect(areaBars(scorecard, row, null).map((bar) => [bar.areaId, bar.isWhole])).toEqual([
      ["city", true],
      ["east", false],
      ["nwc", false],
    ]);
  });

  it("shows only the chosen areas", () => {
    expect(areaBars(scorecard, row, new Set(["nwc"])).map((bar) => bar.areaId)).toEqual(["city", "nwc"]);
  });
});

describe("area selection in the URL", () => {
  it("round-trips, with every area written as nothing and no area as 'none'", () => {
    const all = ["east", "nwc", "south"];
    expect(serialiseSelectedAreas(new Set(all), all)).toBeUndefined();
    expect(serialiseSelectedAreas(new Set(["south", "east"]), all)).toBe("east,south");
    expect(serialiseSelectedAreas(new Set(), all)).toBe("none");
    expect(parseSelectedAreas("east,south")).toEqual(new Set(["east", "south"]));
    expect(parseSelectedAreas(null)).toBeNull();
    expect(parseSelectedAreas("none")).toEqual(new Set(["none"]));
  });
});

describe("matrixAreas", () => {
  it("lists each area once in order", () => {
    expect(matrixAreas(scorecard)).toEqual([
      { areaId: "east", name: "EAST" },
      { areaId: "nwc", name: "NWC" },
    ]);
  });
});
