import { indicatorsResponseSchema } from "@scorecard/shared/api-schema";
import { queryOptions, useQuery } from "@tanstack/react-query";
import { getJson } from "../lib/api-client.ts";

export const getIndicators = (signal?: AbortSignal) =>
  getJson("/api/indicators", indicatorsResponseSchema, signal);

export const indicatorsQueryOptions = () =>
  queryOptions({
    queryKey: ["indicators"],
    queryFn: ({ signal }) => getIndicators(signal),
    staleTime: Number.POSITIVE_INFINITY,
  });

export const useIndicators = () => useQuery(indicatorsQueryOptions());
