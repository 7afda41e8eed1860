import { targetsResponseSchema } from "@scorecard/shared/api-schema";
import { queryOptions, useQuery } from "@tanstack/react-query";
import { getJson, orgApiPath } from "../../../lib/api-client.ts";

export const getIndicatorTargets = (org: string, indicatorId: string, signal?: AbortSignal) =>
  getJson(
    `${orgApiPath(org)}/indicators/${encodeURIComponent(indicatorId)}/targets`,
    targetsResponseSchema,
    signal,
  );

export const indicatorTargetsQueryOptions = (org: string, indicatorId: string) =>
  queryOptions({
    queryKey: ["indicator-targets", org, indicatorId],
    queryFn: ({ signal }) => getIndicatorTargets(org, indicatorId, signal),
  });

export const useIndicatorTargets = (org: string, indicatorId: string) =>
  useQuery(indicatorTargetsQueryOptions(org, indicatorId));
