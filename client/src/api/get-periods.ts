import { periodsResponseSchema } from "@scorecard/shared/api-schema";
import { queryOptions, useQuery } from "@tanstack/react-query";
import { getJson, orgApiPath } from "../lib/api-client.ts";

export const getPeriods = (org: string, signal?: AbortSignal) =>
  getJson(`${orgApiPath(org)}/periods`, periodsResponseSchema, signal);

export const periodsQueryOptions = (org: string) =>
  queryOptions({ queryKey: ["periods", org], queryFn: ({ signal }) => getPeriods(org, signal) });

export const usePeriods = (org: string) => useQuery(periodsQueryOptions(org));
