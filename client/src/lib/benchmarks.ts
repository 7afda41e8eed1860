import type { BenchmarkValue } from "@scorecard/shared/api-schema";

export const benchmarkKindLabels: Record<BenchmarkValue["kind"], string> = {
  national: "England",
  statistical_neighbours: "Statistical neighbours",
  regional: "Region",
};

/**
 * The benchmark shown for each kind: the server lists DfE's published figures before the paper's
 * typed-in ones, so the first of each kind is the most authoritative figure available that month.
 */
export function primaryBenchmark(
  benchmarks: readonly BenchmarkValue[],
  kind: BenchmarkValue["kind"],
): BenchmarkValue | undefined {
  return benchmarks.find((benchmark) => benchmark.kind === kind);
}

/** The paper's own figure of a kind, when the one shown came from DfE instead. */
export function printedBenchmark(
  benchmarks: readonly BenchmarkValue[],
  kind: BenchmarkValue["kind"],
): BenchmarkValue | undefined {
  const shown = primaryBenchmark(benchmarks, kind);
  if (shown?.origin !== "dfe") return undefined;
  return benchmarks.find((benchmark) => benchmark.kind === kind && benchmark.origin === "paper");
}

export function primaryBenchmarks(benchmarks: readonly BenchmarkValue[]): BenchmarkValue[] {
  return (["national", "regional", "statistical_neighbours"] as const).flatMap(
    (kind) => primaryBenchmark(benchmarks, kind) ?? [],
  );
}
