import { benchmarksResponseSchema, type SnModel } from "@scorecard/shared/api-schema";
import { queryOptions, useQuery } from "@tanstack/react-query";
import { getJson } from "../../../lib/api-client.ts";

export interface BenchmarksParams {
  indicator: string;
  /** Three-digit DfE LA code. */
  la: string;
  /** Reporting year (2025 = year ending 31 March 2025). */
  year: number;
  model: SnModel;
}

export function benchmarksPath({ indicator, la, year, model }: BenchmarksParams): string {
  const query = new URLSearchParams({ indicator, la, year: String(year), model });
  return `/api/benchmarks?${query.toString()}`;
}

export const getBenchmarks = (params: BenchmarksParams, signal?: AbortSignal) =>
  getJson(benchmarksPath(params), benchmarksResponseSchema, signal);

export const benchmarksQueryOptions = (params: BenchmarksParams) =>
  queryOptions({
    queryKey: ["benchmarks", params.indicator, params.la, params.year, params.model],
    queryFn: ({ signal }) => getBenchmarks(params, signal),
  });

export const useBenchmarks = (params: BenchmarksParams) => useQuery(benchmarksQueryOptions(params));
