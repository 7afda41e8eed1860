import { periodsResponseSchema } from "@scorecard/shared/api-schema";
import { queryOptions, useQuery } from "@tanstack/react-query";
import { getJson } from "../lib/api-client.ts";

export const getPeriods = (signal?: AbortSignal) => getJson("/api/periods", periodsResponseSchema, signal);

export const periodsQueryOptions = () =>
  queryOptions({ queryKey: ["periods"], queryFn: ({ signal }) => getPeriods(signal) });

export const usePeriods = () => useQuery(periodsQueryOptions());
