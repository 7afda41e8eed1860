import { monthRevisionsResponseSchema } from "@scorecard/shared/month-schema";
import { queryOptions, useQuery } from "@tanstack/react-query";
import { getJson, orgApiPath } from "../../../lib/api-client.ts";

export const getMonthRevisions = (org: string, period: string, signal?: AbortSignal) =>
  getJson(`${orgApiPath(org)}/months/${period}/revisions`, monthRevisionsResponseSchema, signal);

export const monthRevisionsQueryOptions = (org: string, period: string) =>
  queryOptions({
    queryKey: ["month-revisions", org, period],
    queryFn: ({ signal }) => getMonthRevisions(org, period, signal),
  });

export const useMonthRevisions = (org: string, period: string) =>
  useQuery(monthRevisionsQueryOptions(org, period));
