import { monthDetailResponseSchema } from "@scorecard/shared/month-schema";
import { queryOptions, useQuery } from "@tanstack/react-query";
import { ApiError, getJson, orgApiPath } from "../../../lib/api-client.ts";

export const monthPath = (org: string, period: string) => `${orgApiPath(org)}/months/${period}`;

/** The month as its editors see it, or null when it has not been opened (the API's 404): an answer, not a failure. */
export async function getMonth(org: string, period: string, signal?: AbortSignal) {
  try {
    return await getJson(monthPath(org, period), monthDetailResponseSchema, signal);
  } catch (error) {
    if (error instanceof ApiError && error.status === 404) return null;
    throw error;
  }
}

export const monthQueryOptions = (org: string, period: string) =>
  queryOptions({
    queryKey: ["month", org, period],
    queryFn: ({ signal }) => getMonth(org, period, signal),
    // A refusal (403) will not change by asking again; a server briefly down may.
    retry: (count, error) => !(error instanceof ApiError && error.status < 500) && count < 2,
  });

export const useMonth = (org: string, period: string) => useQuery(monthQueryOptions(org, period));

/** The month's return to fill in, as a download link (a GET: the session cookie is enough). */
export const monthTemplateUrl = (org: string, period: string, format: "xlsx" | "csv") =>
  `${monthPath(org, period)}/template?format=${format}`;
