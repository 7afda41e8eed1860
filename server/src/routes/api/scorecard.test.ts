import { describe, expect, it } from "vitest";
import { useSeededApp } from "../../test/seeded-app.ts";
import { databaseLanes } from "../../test/test-database.ts";

describe.each(databaseLanes())("GET /api/scorecard on $name", (lane) => {
  const seeded = useSeededApp(lane);

  const get = (query: string) => seeded.app.inject({ method: "GET", url: `/api/scorecard${query}` });

  it("computes the December 2017 re-referral rate from its numerator and denominator", async () => {
    const response = await get("?period=2017-12");
    expect(response.statusCode).toBe(200);
    const body = response.json();
    expect(body.period).toBe("2017-12");
    expect(body.area).toEqual({ id: "city", name: "Birmingham" });
    expect(body.statisticalNeighbourModel).toMatchObject({
      model: "2021",
      label: expect.stringMatching(/April 2021/),
    });
    const row = body.rows.find(
      (candidate: { indicatorId: string }) => candidate.indicatorId === "re-referrals",
    );
    expect(row).toMatchObject({
      numerator: 268,
      denominator: 1234,
      target: 24,
      rag: "GREEN",
      source: "published",
    });
    expect(row.value).toBeCloseTo((268 / 1234) * 100, 10);
    expect(row.value).not.toBe(22);
    expect(row.history.length).toBeGreaterThan(0);
    expect(row.history.length).toBeLessThanOrEqual(12);
    expect(row.history.at(-1)).toMatchObject({ period: "2017-12", source: "published" });
    expect(row.history.at(-1).value).toBeCloseTo(row.value, 10);
    expect(row.benchmarks).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ kind: "national", value: 22, period: "2015-16" }),
        expect.objectContaining({ kind: "statistical_neighbours", value: 22, period: "2015-16" }),
      ]),
    );
  });

  it("rates an illustrative month against a baseline computed from the history", async () => {
    const body = (await get("?period=2017-11")).json();
    const row = body.rows.find(
      (candidate: { indicatorId: string }) => candidate.indicatorId === "re-referrals",
    );
    expect(row.source).toBe("illustrative");
    expect(row.baseline).toMatchObject({ origin: "computed", label: "Prev. 6 months cumulative" });
    expect(row.trend).toMatch(/GREEN|AMBER|RED/);
    expect(row.areas.every((area: { source: string }) => area.source === "illustrative")).toBe(true);
  });

  it.each(["2017-13", "dec", "2017-1", ""])(
    "rejects the malformed period %j with a 400 naming period",
    async (period) => {
      const response = await get(`?period=${encodeURIComponent(period)}`);
      expect(response.statusCode).toBe(400);
      expect(response.json()).toMatchObject({ statusCode: 400, error: "Bad Request" });
      expect(response.json().message).toMatch(/period/);
      expect(response.body).not.toMatch(/at .*\.ts:\d+/);
    },
  );

  it("rejects a missing period with a 400 naming period", async () => {
    const response = await get("");
    expect(response.statusCode).toBe(400);
    expect(response.json().message).toMatch(/period/);
  });

  it("answers an unknown area with a 404 naming area", async () => {
    const response = await get("?period=2017-12&area=atlantis");
    expect(response.statusCode).toBe(404);
    expect(response.json().message).toMatch(/^area: /);
  });
});
