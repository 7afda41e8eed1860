import { describe, expect, it } from "vitest";
import { useSeededApp } from "../../test/seeded-app.ts";
import { databaseLanes } from "../../test/test-database.ts";

const mappedMeasures = [
  "re-referrals",
  "cp-plans",
  "children-in-care",
  "caseload",
  "care-leavers-ete",
  "children-in-need",
];

describe.each(databaseLanes())("DfE benchmarks API on $name", (lane) => {
  const seeded = useSeededApp(lane);

  const get = (url: string) => seeded.app.inject({ method: "GET", url });

  it("puts Birmingham's 2025 re-referral rate against England, its region and its ten neighbours", async () => {
    const response = await get("/api/benchmarks?indicator=re-referrals&la=330&year=2025");
    expect(response.statusCode).toBe(200);
    const body = response.json();
    expect(body).toMatchObject({
      indicatorId: "re-referrals",
      la: { code: "330", name: "Birmingham" },
      year: 2025,
      value: 20.7,
      national: 22.6,
      region: { name: "West Midlands" },
    });
    const { members, mean, median, withValues, model } = body.statisticalNeighbours;
    expect(model).toBe("2025");
    expect(members).toHaveLength(10);
    expect(members.every((member: { closeness: string }) => member.closeness.length > 0)).toBe(true);
    const values = members
      .map((member: { value: number | null }) => member.value)
      .filter((v: number | null) => v !== null);
    expect(withValues).toBe(values.length);
    expect(mean).toBeCloseTo(values.reduce((sum: number, v: number) => sum + v, 0) / values.length, 10);
    const sorted = [...values].sort((a: number, b: number) => a - b);
    const middle = sorted.length / 2;
    const expectedMedian =
      sorted.length % 2 ? sorted[Math.floor(middle)] : (sorted[middle - 1] + sorted[middle]) / 2;
    expect(median).toBeCloseTo(expectedMedian, 10);
    expect(body.rank).toBeGreaterThanOrEqual(1);
    expect(body.rank).toBeLessThanOrEqual(body.rankOf);
    expect(body.rankOf).toBeGreaterThan(140);
    expect(body.quartile).toMatch(/^[ABCD]$/);
  });

  it("ranks against the ranking endpoint: the same LAs better than Birmingham", async () => {
    const benchmarks = (await get("/api/benchmarks?indicator=re-referrals&la=330&year=2025")).json();
    const ranking = (await get("/api/benchmarks/ranking?indicator=re-referrals&year=2025")).json();
    const better = ranking.entries.filter(
      (entry: { value: number | null }) => entry.value !== null && entry.value < 20.7,
    );
    expect(benchmarks.rank).toBe(better.length + 1);
    const birmingham = ranking.entries.find((entry: { code: string }) => entry.code === "330");
    expect(birmingham).toMatchObject({ rank: benchmarks.rank, quartile: benchmarks.quartile });
    const ranked = ranking.entries.filter((entry: { value: number | null }) => entry.value !== null);
    expect(ranked.map((entry: { value: number }) => entry.value)).toEqual(
      [...ranked.map((entry: { value: number }) => entry.value)].sort((a, b) => a - b),
    );
  });

  it("has figures for Birmingham for every mapped measure and every year held; neutral measures are not ranked", async () => {
    const catalogue = (await get("/api/benchmarks/catalogue")).json();
    expect(catalogue.measures.map((measure: { id: string }) => measure.id)).toEqual(mappedMeasures);
    for (const measure of catalogue.measures) {
      expect(measure.years.length, measure.id).toBeGreaterThan(0);
      expect(measure.sourceUrl).toMatch(/^https:\/\/explore-education-statistics\.service\.gov\.uk\//);
      const history = (await get(`/api/benchmarks/history?indicator=${measure.id}&la=330`)).json();
      expect(history.years.map((year: { year: number }) => year.year)).toEqual(measure.years);
      const latest = history.years.at(-1);
      expect(latest.national, measure.id).not.toBeNull();
      if (measure.polarity === "neutral") expect(latest.rank, measure.id).toBeNull();
    }
    expect(catalogue.localAuthorities.length).toBeGreaterThanOrEqual(153);
  });

  it("keeps suppressed figures as missing, never 0: Birmingham's 2024 caseload", async () => {
    const body = (await get("/api/benchmarks?indicator=caseload&la=330&year=2024")).json();
    expect(body.value).toBeNull();
    expect(body.suppression).toBe("u");
    expect(body.rank).toBeNull();
  });

  it("follows reorganised LAs: Northamptonshire to 2021, its successors from 2022; Cumbria to 2023", async () => {
    const years = async (la: string) =>
      (await get(`/api/benchmarks/history?indicator=re-referrals&la=${la}`))
        .json()
        .years.filter((year: { value: number | null }) => year.value !== null)
        .map((year: { year: number }) => year.year);
    expect((await years("928")).at(-1)).toBe(2021);
    expect((await years("940"))[0]).toBe(2022);
    expect((await years("941"))[0]).toBe(2022);
    expect((await years("909")).at(-1)).toBe(2023);
    expect((await years("942"))[0]).toBe(2024);
  });

  it("uses the model asked for", async () => {
    const body = (await get("/api/benchmarks?indicator=re-referrals&la=330&year=2025&model=2021")).json();
    expect(body.statisticalNeighbours.model).toBe("2021");
    expect(body.statisticalNeighbours.modelLabel).toMatch(/April 2021/);
    expect(body.statisticalNeighbours.members).toHaveLength(10);
  });

  it.each([
    ["indicator=re-referrals&la=999", 404, /^la: /],
    ["indicator=happiness&la=330", 404, /^indicator: /],
    ["indicator=re-referrals&la=330&year=2010", 404, /^year: /],
    ["indicator=re-referrals&la=birmingham", 400, /la/],
    ["indicator=re-referrals&la=330&year=twenty", 400, /year/],
    ["indicator=re-referrals&la=330&model=2019", 400, /model/],
    ["la=330", 400, /indicator/],
  ])("answers %s with %i naming the parameter", async (query, status, message) => {
    const response = await get(`/api/benchmarks?${query}`);
    expect(response.statusCode).toBe(status);
    expect(response.json().message).toMatch(message);
  });
});
