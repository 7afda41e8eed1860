import { describe, expect, it } from "vitest";
import { scorecardHref } from "./indicator-heading.tsx";

describe("scorecardHref", () => {
  it("links back to the same month and area, leaving out what the scorecard defaults to", () => {
    expect(scorecardHref("2017-12", "east")).toBe("/?period=2017-12&area=east");
    expect(scorecardHref("2017-12", "city")).toBe("/?period=2017-12");
    expect(scorecardHref(null, "city")).toBe("/");
  });
});
