import { monthDetailResponseSchema } from "@scorecard/shared/month-schema";
import { queryOptions, useQuery } from "@tanstack/react-query";
import { ApiError, getJson, orgApiPath } from "../../../lib/api-client.ts";

export const monthPath = (org: string, period: string) => `${orgApiPath(org)}/months/${period}`;

export const getMonth = (org: string, period: string, signal?: AbortSignal) =>
  getJson(monthPath(org, period), monthDetailResponseSchema, signal);

export const monthQueryOptions = (org: string, period: string) =>
  queryOptions({
    queryKey: ["month", org, period],
    queryFn: ({ signal }) => getMonth(org, period, signal),
    // 404 means "not opened yet", an answer in itself: asking again will not change it.
    retry: (count, error) => !(error instanceof ApiError && error.status < 500) && count < 2,
  });

export const useMonth = (org: string, period: string) => useQuery(monthQueryOptions(org, period));

/** The month's return to fill in, as a download link (a GET: the session cookie is enough). */
export const monthTemplateUrl = (org: string, period: string, format: "xlsx" | "csv") =>
  `${monthPath(org, period)}/template?format=${format}`;
