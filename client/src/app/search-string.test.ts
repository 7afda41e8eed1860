import { describe, expect, it } from "vitest";
import { parseSearch, stringifySearch } from "./search-string.ts";

describe("search strings", () => {
  it("reads every value as text, the first of a repeated key winning", () => {
    expect(parseSearch("?la=330&year=2025&model=2025")).toEqual({ la: "330", year: "2025", model: "2025" });
    expect(parseSearch("?area=east&area=nwc")).toEqual({ area: "east" });
    expect(parseSearch("?areas=east%2Cnwc")).toEqual({ areas: "east,nwc" });
    expect(parseSearch("")).toEqual({});
  });

  it("writes plain, sorted key=value pairs and leaves out empty values", () => {
    expect(stringifySearch({ period: "2017-12", area: "east" })).toBe("?area=east&period=2017-12");
    expect(stringifySearch({ la: "330", year: 2024 })).toBe("?la=330&year=2024");
    expect(stringifySearch({ areas: "east,nwc" })).toBe("?areas=east%2Cnwc");
    expect(stringifySearch({ period: undefined, area: "", view: null })).toBe("");
  });

  it("round-trips", () => {
    const search = { from: "2016-04", indicator: "re-referrals", to: "2017-12" };
    expect(parseSearch(stringifySearch(search))).toEqual(search);
  });
});
