import { monthsResponseSchema } from "@scorecard/shared/month-schema";
import { queryOptions, useQuery } from "@tanstack/react-query";
import { getJson, orgApiPath } from "../../../lib/api-client.ts";

export const getMonths = (org: string, signal?: AbortSignal) =>
  getJson(`${orgApiPath(org)}/months`, monthsResponseSchema, signal);

export const monthsQueryOptions = (org: string) =>
  queryOptions({ queryKey: ["months", org], queryFn: ({ signal }) => getMonths(org, signal) });

export const useMonths = (org: string) => useQuery(monthsQueryOptions(org));
