import { targetsResponseSchema } from "@scorecard/shared/api-schema";
import { queryOptions, useQuery } from "@tanstack/react-query";
import { getJson } from "../../../lib/api-client.ts";

export const getIndicatorTargets = (indicatorId: string, signal?: AbortSignal) =>
  getJson(`/api/indicators/${encodeURIComponent(indicatorId)}/targets`, targetsResponseSchema, signal);

export const indicatorTargetsQueryOptions = (indicatorId: string) =>
  queryOptions({
    queryKey: ["indicator-targets", indicatorId],
    queryFn: ({ signal }) => getIndicatorTargets(indicatorId, signal),
  });

export const useIndicatorTargets = (indicatorId: string) =>
  useQuery(indicatorTargetsQueryOptions(indicatorId));
