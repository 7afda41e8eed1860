import { indicatorsResponseSchema } from "@scorecard/shared/api-schema";
import { queryOptions, useQuery } from "@tanstack/react-query";
import { getJson, orgApiPath } from "../lib/api-client.ts";

export const getIndicators = (org: string, signal?: AbortSignal) =>
  getJson(`${orgApiPath(org)}/indicators`, indicatorsResponseSchema, signal);

export const indicatorsQueryOptions = (org: string) =>
  queryOptions({
    queryKey: ["indicators", org],
    queryFn: ({ signal }) => getIndicators(org, signal),
    staleTime: Number.POSITIVE_INFINITY,
  });

export const useIndicators = (org: string) => useQuery(indicatorsQueryOptions(org));
