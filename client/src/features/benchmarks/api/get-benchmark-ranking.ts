import { benchmarkRankingResponseSchema } from "@scorecard/shared/api-schema";
import { queryOptions, useQuery } from "@tanstack/react-query";
import { getJson } from "../../../lib/api-client.ts";

export interface BenchmarkRankingParams {
  indicator: string;
  year: number;
}

export function benchmarkRankingPath({ indicator, year }: BenchmarkRankingParams): string {
  return `/api/benchmarks/ranking?${new URLSearchParams({ indicator, year: String(year) }).toString()}`;
}

export const getBenchmarkRanking = (params: BenchmarkRankingParams, signal?: AbortSignal) =>
  getJson(benchmarkRankingPath(params), benchmarkRankingResponseSchema, signal);

export const benchmarkRankingQueryOptions = (params: BenchmarkRankingParams) =>
  queryOptions({
    queryKey: ["benchmark-ranking", params.indicator, params.year],
    queryFn: ({ signal }) => getBenchmarkRanking(params, signal),
  });

export const useBenchmarkRanking = (params: BenchmarkRankingParams) =>
  useQuery(benchmarkRankingQueryOptions(params));
