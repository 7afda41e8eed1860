import { describe, expect, it } from "vitest";
import { matchRoute } from "./router.tsx";

describe("matchRoute", () => {
  it("maps each page's address", () => {
    expect(matchRoute("/")).toEqual({ page: "scorecard" });
    expect(matchRoute("/compare")).toEqual({ page: "compare" });
    expect(matchRoute("/benchmarks")).toEqual({ page: "benchmarks" });
    expect(matchRoute("/indicators/re-referrals")).toEqual({
      page: "indicator",
      indicatorId: "re-referrals",
    });
    expect(matchRoute("/indicators/re-referrals/")).toEqual({
      page: "indicator",
      indicatorId: "re-referrals",
    });
  });

  it("sends anything else to not found", () => {
    expect(matchRoute("/indicators/")).toEqual({ page: "not-found" });
    expect(matchRoute("/admin")).toEqual({ page: "not-found" });
  });
});
