import type { ScorecardRow } from "@scorecard/shared/api-schema";
import { describe, expect, it } from "vitest";
import { useSeededApp } from "../../test/seeded-app.ts";
import { databaseLanes } from "../../test/test-database.ts";

describe.each(databaseLanes())("scorecard benchmarks from DfE statistics on $name", (lane) => {
  const seeded = useSeededApp(lane);

  const get = async (url: string) => (await seeded.app.inject({ method: "GET", url })).json();
  const row = async (period: string, indicatorId: string): Promise<ScorecardRow> =>
    (await get(`/api/scorecard?period=${period}`)).rows.find(
      (candidate: ScorecardRow) => candidate.indicatorId === indicatorId,
    );

  it("shows December 2017 the DfE year published by then (2016-17), before the paper's typed-in figure", async () => {
    const reReferrals = await row("2017-12", "re-referrals");
    const dfe2017 = await get("/api/benchmarks?indicator=re-referrals&la=330&year=2017&model=2021");
    const [national, neighbours] = reReferrals.benchmarks;
    expect(national).toMatchObject({
      kind: "national",
      origin: "dfe",
      period: "2016-17",
      value: dfe2017.national,
    });
    expect(neighbours).toMatchObject({ kind: "statistical_neighbours", origin: "dfe", period: "2016-17" });
    expect(neighbours?.value).toBeCloseTo(dfe2017.statisticalNeighbours.mean, 10);
    expect(neighbours?.source).toMatch(/April 2021 model/);
    expect(reReferrals.benchmarks).toContainEqual(
      expect.objectContaining({ kind: "national", origin: "paper", value: 22, period: "2015-16" }),
    );
  });

  it("waits for each release: October 2017 still has 2015-16, and the workforce census lags to February", async () => {
    expect((await row("2017-10", "re-referrals")).benchmarks[0]).toMatchObject({
      origin: "dfe",
      period: "2015-16",
    });
    // The workforce files held start at September 2017, published February 2018.
    const december = await row("2017-12", "caseload");
    expect(december.benchmarks.every((benchmark) => benchmark.origin === "paper")).toBe(true);
    expect((await row("2018-02", "caseload")).benchmarks[0]).toMatchObject({
      origin: "dfe",
      period: "Sep 2017",
    });
  });

  it("uses rates per 10,000 for counts DfE publishes as rates, and keeps the paper's figures where DfE has none", async () => {
    const cpPlans = await row("2017-12", "cp-plans");
    expect(cpPlans.benchmarks[0]).toMatchObject({ origin: "dfe", unit: "rate_per_10k" });
    const cpVisits = await row("2017-12", "cp-visits");
    expect(cpVisits.benchmarks.every((benchmark) => benchmark.origin === "paper")).toBe(true);
    const adoption = await row("2017-12", "adoption-court-to-match");
    expect(adoption.benchmarks).toEqual([
      expect.objectContaining({ kind: "national", value: 226, origin: "paper" }),
      expect.objectContaining({ kind: "statistical_neighbours", value: 251, origin: "paper" }),
    ]);
  });

  it("gives the series a DfE benchmark step for each year, from the month it was published", async () => {
    const series = await get("/api/indicators/re-referrals/series");
    const dfeNational = series.benchmarks.filter(
      (benchmark: { origin: string; kind: string }) =>
        benchmark.origin === "dfe" && benchmark.kind === "national",
    );
    expect(dfeNational.map((benchmark: { effectiveFrom: string }) => benchmark.effectiveFrom)).toContain(
      "2016-11",
    );
    expect(dfeNational.find((b: { effectiveFrom: string }) => b.effectiveFrom === "2016-11").period).toBe(
      "2015-16",
    );
  });
});
