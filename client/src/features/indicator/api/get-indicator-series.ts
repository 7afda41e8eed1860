import { seriesResponseSchema } from "@scorecard/shared/api-schema";
import { queryOptions, useQuery } from "@tanstack/react-query";
import { getJson, orgApiPath } from "../../../lib/api-client.ts";

export interface IndicatorSeriesParams {
  /** The organisation's slug. */
  org: string;
  indicatorId: string;
  area: string;
  /** "YYYY-MM", or null for the first month held. */
  from: string | null;
  /** "YYYY-MM", or null for the latest month held. */
  to: string | null;
}

export function indicatorSeriesPath({ org, indicatorId, area, from, to }: IndicatorSeriesParams): string {
  const query = new URLSearchParams({ area });
  if (from) query.set("from", from);
  if (to) query.set("to", to);
  return `${orgApiPath(org)}/indicators/${encodeURIComponent(indicatorId)}/series?${query.toString()}`;
}

export const getIndicatorSeries = (params: IndicatorSeriesParams, signal?: AbortSignal) =>
  getJson(indicatorSeriesPath(params), seriesResponseSchema, signal);

export const indicatorSeriesQueryOptions = (params: IndicatorSeriesParams) =>
  queryOptions({
    queryKey: [
      "indicator-series",
      params.org,
      params.indicatorId,
      params.area,
      params.from ?? "",
      params.to ?? "",
    ],
    queryFn: ({ signal }) => getIndicatorSeries(params, signal),
  });

export const useIndicatorSeries = (params: IndicatorSeriesParams) =>
  useQuery(indicatorSeriesQueryOptions(params));
