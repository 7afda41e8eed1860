import { describe, expect, it } from "vitest";
import { useSeededApp } from "../../test/seeded-app.ts";
import { databaseLanes } from "../../test/test-database.ts";

describe.each(databaseLanes())("GET /api/indicators/:id/series on $name", (lane) => {
  const seeded = useSeededApp(lane);

  const get = (url: string) => seeded.app.inject({ method: "GET", url });

  it("serves the months in a range with the target in force each month and an SPC chart", async () => {
    const response = await get("/api/indicators/re-referrals/series?from=2016-04&to=2017-12");
    expect(response.statusCode).toBe(200);
    const body = response.json();
    expect(body).toMatchObject({ indicatorId: "re-referrals", areaId: "city", unit: "percent" });
    const december = body.points.find((point: { period: string }) => point.period === "2017-12");
    expect(december).toMatchObject({
      numerator: 268,
      denominator: 1234,
      target: 24,
      rag: "GREEN",
      source: "published",
    });
    const april = body.points.find((point: { period: string }) => point.period === "2016-04");
    expect(april).toMatchObject({ target: 25, source: "published" });
    expect(
      body.points.every(
        (point: { period: string }) => point.period >= "2016-04" && point.period <= "2017-12",
      ),
    ).toBe(true);
    expect(body.spc.points.length).toBe(
      body.points.filter((point: { value: unknown }) => point.value !== null).length,
    );
    expect(body.spc).toMatchObject({ improvement: "decrease" });
    if (body.spc.points.length >= 2) {
      expect(body.spc.upperProcessLimit).toBeGreaterThan(body.spc.lowerProcessLimit);
    }
    expect(body.commentary.map((entry: { period: string }) => entry.period)).toEqual(["2016-04", "2017-12"]);
    expect(body.commentary[1].body).toMatch(/referral rate is stable/);
    // Over time DfE's own figures stand for England; the paper's typed-in 22% is not drawn over them.
    expect(
      body.benchmarks.some(
        (b: { origin: string; kind: string }) => b.origin === "dfe" && b.kind === "national",
      ),
    ).toBe(true);
    expect(
      body.benchmarks.some(
        (b: { origin: string; kind: string }) => b.origin === "paper" && b.kind === "national",
      ),
    ).toBe(false);
  });

  it("keeps the paper's benchmarks for measures DfE does not publish, and rates counts per 10,000", async () => {
    const adoption = (await get("/api/indicators/adoption-court-to-match/series")).json();
    expect(adoption.benchmarks).toContainEqual(
      expect.objectContaining({ kind: "national", value: 226, origin: "paper", effectiveFrom: "2017-12" }),
    );
    const cpPlans = (await get("/api/indicators/cp-plans/series?from=2017-12&to=2017-12")).json();
    expect(cpPlans.points[0].ratePer10k).toBeCloseTo((972 / 289_265) * 10_000, 6);
    const visits = (await get("/api/indicators/cp-visits/series?from=2017-12&to=2017-12")).json();
    expect(visits.points[0].ratePer10k).toBeNull();
  });

  it("fills the months between papers with history flagged illustrative, April 2015 to March 2018", async () => {
    const body = (await get("/api/indicators/re-referrals/series")).json();
    const periods = body.points.map((point: { period: string }) => point.period);
    expect(periods[0]).toBe("2015-04");
    expect(periods.at(-1)).toBe("2018-03");
    expect(periods).toHaveLength(36);
    const sources = new Set(body.points.map((point: { source: string }) => point.source));
    expect(sources).toEqual(new Set(["published", "illustrative"]));
    expect(body.points.find((point: { period: string }) => point.period === "2017-11").source).toBe(
      "illustrative",
    );
    expect(body.spc.trial).toBe(false);
    expect(body.spc.points).toHaveLength(36);
  });

  it("serves an area's own series", async () => {
    const body = (
      await get("/api/indicators/assessments-in-timescale/series?area=east&from=2017-12&to=2017-12")
    ).json();
    expect(body.points).toEqual([
      expect.objectContaining({ period: "2017-12", numerator: 340, denominator: 359 }),
    ]);
  });

  it.each([
    ["from=2017-12&to=2016-01", /from/],
    ["from=2017-13", /from/],
    ["to=dec", /to/],
  ])("rejects %s with a 400 naming the parameter", async (query, name) => {
    const response = await get(`/api/indicators/re-referrals/series?${query}`);
    expect(response.statusCode).toBe(400);
    expect(response.json().message).toMatch(name);
  });

  it("answers an unknown indicator or area with 404 naming it", async () => {
    const indicator = await get("/api/indicators/nope/series");
    expect(indicator.statusCode).toBe(404);
    expect(indicator.json().message).toMatch(/^id: /);
    const area = await get("/api/indicators/re-referrals/series?area=atlantis");
    expect(area.statusCode).toBe(404);
    expect(area.json().message).toMatch(/^area: /);
  });
});
