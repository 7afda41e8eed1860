import { benchmarkCatalogueResponseSchema } from "@scorecard/shared/api-schema";
import { queryOptions, useQuery } from "@tanstack/react-query";
import { getJson } from "../../../lib/api-client.ts";

/**
 * GET /api/benchmarks/catalogue, read here for its measures: the DfE measures an indicator may be
 * benchmarked against. Same address, schema and key as the benchmarks page's own query (features do
 * not import each other), so the two share one cached answer.
 */
export const getBenchmarkCatalogue = (signal?: AbortSignal) =>
  getJson("/api/benchmarks/catalogue", benchmarkCatalogueResponseSchema, signal);

export const dfeMeasuresQueryOptions = () =>
  queryOptions({
    queryKey: ["benchmark-catalogue"],
    queryFn: ({ signal }) => getBenchmarkCatalogue(signal),
    staleTime: Number.POSITIVE_INFINITY,
    select: (catalogue) => catalogue.measures,
  });

export const useDfeMeasures = () => useQuery(dfeMeasuresQueryOptions());
