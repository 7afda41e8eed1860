import { describe, expect, it } from "vitest";
import { useSeededApp } from "../../test/seeded-app.ts";
import { databaseLanes } from "../../test/test-database.ts";

const indicatorIds = [
  "unallocated-cases",
  "re-referrals",
  "assessments-in-timescale",
  "children-seen-at-assessment",
  "cp-plans",
  "cp-visits",
  "children-in-care",
  "care-leavers-ete",
  "adoption-court-to-match",
  "adoption-care-to-placement",
  "cin-supported-at-home",
  "supervision",
  "caseload",
];

describe.each(databaseLanes())("areas, indicators, periods and targets on $name", (lane) => {
  const seeded = useSeededApp(lane);

  const get = (url: string) => seeded.app.inject({ method: "GET", url });

  it("lists the area hierarchy with populations", async () => {
    const { areas } = (await get("/api/areas")).json();
    expect(areas.map((area: { id: string }) => area.id)).toEqual([
      "city",
      "east",
      "nwc",
      "south",
      "dcsc",
      "citywide",
      "mash",
    ]);
    expect(areas[0]).toMatchObject({ kind: "city", parentId: null });
    expect(areas.find((area: { id: string }) => area.id === "east")).toMatchObject({
      kind: "area",
      parentId: "city",
      population: 107_112,
      populationYear: 2016,
    });
    expect(areas.find((area: { id: string }) => area.id === "dcsc")).toMatchObject({
      kind: "service",
      population: null,
    });
  });

  it("lists the 13 indicators in the council's order with their rules", async () => {
    const { indicators } = (await get("/api/indicators")).json();
    expect(indicators.map((indicator: { id: string }) => indicator.id)).toEqual(indicatorIds);
    expect(indicators.find((indicator: { id: string }) => indicator.id === "re-referrals")).toMatchObject({
      ref: 2,
      unit: "percent",
      polarity: "lower_is_better",
      measureKind: "ratio",
      baselineKind: "previous_6_months_cumulative",
      baselineLabel: "Prev. 6 months cumulative",
    });
    expect(indicators.find((indicator: { id: string }) => indicator.id === "cp-plans")).toMatchObject({
      polarity: "neutral",
      showsRatePer10k: true,
    });
  });

  it("lists months with data, latest first, marking the published ones", async () => {
    const { periods } = (await get("/api/periods")).json();
    const months = periods.map((entry: { period: string }) => entry.period);
    expect(months).toEqual([...months].sort().reverse());
    const published = periods.filter((entry: { source: string }) => entry.source === "published");
    expect(published.map((entry: { period: string }) => entry.period)).toEqual(
      expect.arrayContaining(["2017-12", "2016-04", "2015-05"]),
    );
    expect(periods.find((entry: { period: string }) => entry.period === "2017-12")).toMatchObject({
      label: "Dec-17",
    });
  });

  it("keeps the whole target history, including a target that stopped being set", async () => {
    const response = await get("/api/indicators/re-referrals/targets");
    expect(response.statusCode).toBe(200);
    const body = response.json();
    expect(
      body.targets.map((entry: { effectiveFrom: string; value: number }) => [
        entry.effectiveFrom,
        entry.value,
      ]),
    ).toEqual([
      ["2016-04", 25],
      ["2017-04", 24],
    ]);
    expect(body.targets[0].reason).toMatch(/April 2016/);

    const cpPlans = (await get("/api/indicators/cp-plans/targets")).json();
    expect(cpPlans.targets.map((entry: { value: number | null }) => entry.value)).toEqual([850, null]);
    expect(cpPlans.targets[1].reason).toMatch(/no target/);
  });

  it("answers an unknown indicator with 404 naming id", async () => {
    const response = await get("/api/indicators/happiness/targets");
    expect(response.statusCode).toBe(404);
    expect(response.json().message).toMatch(/^id: /);
  });
});
