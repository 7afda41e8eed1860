import { benchmarkCatalogueResponseSchema } from "@scorecard/shared/api-schema";
import { queryOptions, useQuery } from "@tanstack/react-query";
import { getJson } from "../../../lib/api-client.ts";

export const getBenchmarkCatalogue = (signal?: AbortSignal) =>
  getJson("/api/benchmarks/catalogue", benchmarkCatalogueResponseSchema, signal);

export const benchmarkCatalogueQueryOptions = () =>
  queryOptions({
    queryKey: ["benchmark-catalogue"],
    queryFn: ({ signal }) => getBenchmarkCatalogue(signal),
    staleTime: Number.POSITIVE_INFINITY,
  });

export const useBenchmarkCatalogue = () => useQuery(benchmarkCatalogueQueryOptions());
