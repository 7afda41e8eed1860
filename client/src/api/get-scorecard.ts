import { scorecardResponseSchema } from "@scorecard/shared/api-schema";
import { queryOptions, useQuery } from "@tanstack/react-query";
import { getJson } from "../lib/api-client.ts";

export interface ScorecardParams {
  period: string;
  area: string;
}

export const getScorecard = ({ period, area }: ScorecardParams, signal?: AbortSignal) =>
  getJson(
    `/api/scorecard?${new URLSearchParams({ period, area }).toString()}`,
    scorecardResponseSchema,
    signal,
  );

export const scorecardQueryOptions = (params: ScorecardParams) =>
  queryOptions({
    queryKey: ["scorecard", params.period, params.area],
    queryFn: ({ signal }) => getScorecard(params, signal),
  });

export const useScorecard = (params: ScorecardParams | null) =>
  useQuery({ ...scorecardQueryOptions(params ?? { period: "", area: "" }), enabled: params !== null });
