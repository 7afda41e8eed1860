import { benchmarkHistoryResponseSchema, type SnModel } from "@scorecard/shared/api-schema";
import { queryOptions, useQuery } from "@tanstack/react-query";
import { getJson } from "../../../lib/api-client.ts";

export interface BenchmarkHistoryParams {
  indicator: string;
  la: string;
  model: SnModel;
}

export function benchmarkHistoryPath({ indicator, la, model }: BenchmarkHistoryParams): string {
  return `/api/benchmarks/history?${new URLSearchParams({ indicator, la, model }).toString()}`;
}

export const getBenchmarkHistory = (params: BenchmarkHistoryParams, signal?: AbortSignal) =>
  getJson(benchmarkHistoryPath(params), benchmarkHistoryResponseSchema, signal);

export const benchmarkHistoryQueryOptions = (params: BenchmarkHistoryParams) =>
  queryOptions({
    queryKey: ["benchmark-history", params.indicator, params.la, params.model],
    queryFn: ({ signal }) => getBenchmarkHistory(params, signal),
  });

export const useBenchmarkHistory = (params: BenchmarkHistoryParams) =>
  useQuery(benchmarkHistoryQueryOptions(params));
