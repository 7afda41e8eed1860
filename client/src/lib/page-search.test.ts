import { describe, expect, it } from "vitest";
import { unreadSearchParams } from "./page-search.ts";

describe("unreadSearchParams", () => {
  it("names each param the schema replaced, with the text as written", () => {
    const raw = { model: "1999", la: "330", year: "soon", view: "table" };
    const validated = { model: "2025", la: "330", year: undefined, view: "table" };
    expect([...unreadSearchParams(raw, validated, ["model", "la", "year", "view"])]).toEqual([
      ["model", "1999"],
      ["year", "soon"],
    ]);
  });

  it("does not report an empty or missing value, or a value read into a number", () => {
    expect(unreadSearchParams({ area: "" }, { area: "city" }, ["area", "period"]).size).toBe(0);
    expect(unreadSearchParams({ year: "2024" }, { year: 2024 }, ["year"]).size).toBe(0);
  });

  it("looks only at the keys asked about", () => {
    expect(unreadSearchParams({ from: "x", to: "y" }, {}, ["from"])).toEqual(new Map([["from", "x"]]));
  });
});
