import type { BenchmarkValue } from "@scorecard/shared/api-schema";
import { describe, expect, it } from "vitest";
import { primaryBenchmark, primaryBenchmarks, printedBenchmark } from "./benchmarks.ts";

const benchmark = (
  kind: BenchmarkValue["kind"],
  origin: BenchmarkValue["origin"],
  value: number,
): BenchmarkValue => ({
  kind,
  origin,
  value,
  unit: "percent",
  period: origin === "dfe" ? "2016-17" : "2015-16",
  source: origin,
});

describe("benchmark choice", () => {
  const list = [
    benchmark("national", "dfe", 21.9),
    benchmark("statistical_neighbours", "dfe", 20.1),
    benchmark("national", "paper", 22),
    benchmark("statistical_neighbours", "paper", 22),
  ];

  it("shows DfE's figure first and keeps the paper's beside it", () => {
    expect(primaryBenchmark(list, "national")?.value).toBe(21.9);
    expect(printedBenchmark(list, "national")?.value).toBe(22);
    expect(primaryBenchmarks(list).map((entry) => entry.kind)).toEqual([
      "national",
      "statistical_neighbours",
    ]);
  });

  it("shows the paper's figure alone when DfE publishes none", () => {
    const paperOnly = [benchmark("national", "paper", 226)];
    expect(primaryBenchmark(paperOnly, "national")?.value).toBe(226);
    expect(printedBenchmark(paperOnly, "national")).toBeUndefined();
    expect(primaryBenchmark(paperOnly, "regional")).toBeUndefined();
  });
});
