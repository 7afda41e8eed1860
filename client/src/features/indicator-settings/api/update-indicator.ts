import {
  type IndicatorUpdateRequest,
  indicatorUpdatedResponseSchema,
  indicatorUpdateRequestSchema,
} from "@scorecard/shared/month-schema";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { indicatorsQueryOptions } from "../../../api/get-indicators.ts";
import { orgApiPath, sendJson } from "../../../lib/api-client.ts";

/**
 * PUT /api/orgs/{org}/indicators/{id} with only the fields that change. A changed rating rule needs
 * `effectiveFrom` and `reason`; the answer lists the rules it replaced (the months before keep them).
 */
export const updateIndicator = (org: string, indicatorId: string, body: IndicatorUpdateRequest) =>
  sendJson(
    "PUT",
    `${orgApiPath(org)}/indicators/${encodeURIComponent(indicatorId)}`,
    indicatorUpdateRequestSchema.parse(body),
    indicatorUpdatedResponseSchema,
  );

export function useUpdateIndicator(org: string, indicatorId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: IndicatorUpdateRequest) => updateIndicator(org, indicatorId, body),
    // Titles, ratings and benchmarks the other pages show may all have changed (keys as in months' refreshMonth).
    onSuccess: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: indicatorsQueryOptions(org).queryKey }),
        queryClient.invalidateQueries({ queryKey: ["scorecard", org] }),
        queryClient.invalidateQueries({ queryKey: ["indicator-series", org] }),
      ]),
  });
}
