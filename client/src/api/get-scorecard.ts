import { scorecardResponseSchema } from "@scorecard/shared/api-schema";
import { queryOptions, useQuery } from "@tanstack/react-query";
import { getJson, orgApiPath } from "../lib/api-client.ts";

export interface ScorecardParams {
  /** The organisation's slug. */
  org: string;
  period: string;
  area: string;
}

export const getScorecard = ({ org, period, area }: ScorecardParams, signal?: AbortSignal) =>
  getJson(
    `${orgApiPath(org)}/scorecard?${new URLSearchParams({ period, area }).toString()}`,
    scorecardResponseSchema,
    signal,
  );

export const scorecardQueryOptions = (params: ScorecardParams) =>
  queryOptions({
    queryKey: ["scorecard", params.org, params.period, params.area],
    queryFn: ({ signal }) => getScorecard(params, signal),
  });

export const useScorecard = (params: ScorecardParams | null) =>
  useQuery({
    ...scorecardQueryOptions(params ?? { org: "", period: "", area: "" }),
    enabled: params !== null,
  });
