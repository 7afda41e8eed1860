import { areasResponseSchema } from "@scorecard/shared/api-schema";
import { queryOptions, useQuery } from "@tanstack/react-query";
import { getJson, orgApiPath } from "../lib/api-client.ts";

export const getAreas = (org: string, signal?: AbortSignal) =>
  getJson(`${orgApiPath(org)}/areas`, areasResponseSchema, signal);

export const areasQueryOptions = (org: string) =>
  queryOptions({
    queryKey: ["areas", org],
    queryFn: ({ signal }) => getAreas(org, signal),
    staleTime: Number.POSITIVE_INFINITY,
  });

export const useAreas = (org: string) => useQuery(areasQueryOptions(org));
