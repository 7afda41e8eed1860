import { describe, expect, it } from "vitest";
import {
  benchmarksQuerySchema,
  benchmarksSearchSchema,
  compareSearchSchema,
  DEFAULT_AREA_ID,
  DEFAULT_LA_CODE,
  DEFAULT_SN_MODEL,
  indicatorSearchSchema,
  scorecardQuerySchema,
  scorecardSearchSchema,
  seriesQuerySchema,
} from "./api-schema.ts";

describe("page search params", () => {
  it("take their defaults from the API's query schemas", () => {
    expect(DEFAULT_AREA_ID).toBe(scorecardQuerySchema.parse({ period: "2017-12" }).area);
    expect(DEFAULT_AREA_ID).toBe(seriesQuerySchema.parse({}).area);
    expect(DEFAULT_LA_CODE).toBe(benchmarksQuerySchema.parse({ indicator: "re-referrals" }).la);
    expect(DEFAULT_SN_MODEL).toBe(benchmarksQuerySchema.parse({ indicator: "re-referrals" }).model);
    expect([DEFAULT_AREA_ID, DEFAULT_LA_CODE, DEFAULT_SN_MODEL]).toEqual(["city", "330", "2025"]);
  });

  it("fill in the defaults when nothing is given", () => {
    expect(scorecardSearchSchema.parse({})).toEqual({ area: "city" });
    expect(compareSearchSchema.parse({})).toEqual({ area: "city", view: "chart" });
    expect(indicatorSearchSchema.parse({})).toEqual({ area: "city", view: "chart", measure: "number" });
    expect(benchmarksSearchSchema.parse({})).toEqual({ la: "330", model: "2025", view: "chart" });
  });

  it("treat an empty value as not given, where the API would refuse it", () => {
    expect(scorecardQuerySchema.safeParse({ period: "2017-12", area: "" }).success).toBe(false);
    expect(scorecardSearchSchema.parse({ area: "", period: "" })).toEqual({
      area: "city",
      period: undefined,
    });
    expect(benchmarksSearchSchema.parse({ indicator: "", la: "", year: "", model: "", view: "" })).toEqual({
      indicator: undefined,
      la: "330",
      year: undefined,
      model: "2025",
      view: "chart",
    });
  });

  it("fall back to the default for an unreadable value instead of failing the page", () => {
    expect(scorecardSearchSchema.parse({ period: "December", area: "East Side!" })).toEqual({
      period: undefined,
      area: "city",
    });
    expect(
      indicatorSearchSchema.parse({ from: "2016-13", to: "soon", view: "pie", measure: "percent" }),
    ).toEqual({ area: "city", from: undefined, to: undefined, view: "chart", measure: "number" });
    expect(compareSearchSchema.parse({ areas: "east,,nwc", indicator: "Re Referrals" })).toMatchObject({
      areas: undefined,
      indicator: undefined,
    });
    expect(benchmarksSearchSchema.parse({ la: "abc", year: "soon", model: "1999" })).toMatchObject({
      la: "330",
      year: undefined,
      model: "2025",
    });
  });

  it("keep every readable value, turning the year's text into a number", () => {
    expect(scorecardSearchSchema.parse({ period: "2016-04", area: "east" })).toEqual({
      period: "2016-04",
      area: "east",
    });
    expect(
      compareSearchSchema.parse({ areas: "east,nwc", indicator: "cp-plans", view: "table" }),
    ).toMatchObject({
      areas: "east,nwc",
      indicator: "cp-plans",
      view: "table",
    });
    // A well-formed code or year that no LA or measure has is the page's to explain, not the schema's to drop.
    expect(benchmarksSearchSchema.parse({ la: "999", year: "2001", model: "2021" })).toMatchObject({
      la: "999",
      year: 2001,
      model: "2021",
    });
    expect(indicatorSearchSchema.parse({ from: "2017-12", to: "2016-04" })).toMatchObject({
      from: "2017-12",
      to: "2016-04",
    });
  });
});
