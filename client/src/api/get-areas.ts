import { areasResponseSchema } from "@scorecard/shared/api-schema";
import { queryOptions, useQuery } from "@tanstack/react-query";
import { getJson } from "../lib/api-client.ts";

export const getAreas = (signal?: AbortSignal) => getJson("/api/areas", areasResponseSchema, signal);

export const areasQueryOptions = () =>
  queryOptions({
    queryKey: ["areas"],
    queryFn: ({ signal }) => getAreas(signal),
    staleTime: Number.POSITIVE_INFINITY,
  });

export const useAreas = () => useQuery(areasQueryOptions());
