import { targetsResponseSchema } from "@scorecard/shared/api-schema";
import type { TargetCreateRequest } from "@scorecard/shared/month-schema";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { orgApiPath, sendJson } from "../../../lib/api-client.ts";

export interface AddTargetInput extends TargetCreateRequest {
  indicator: string;
}

/** POST /api/orgs/{org}/indicators/{id}/targets: a target from a month with its reason; answers the whole history. */
export const addTarget = (org: string, { indicator, ...request }: AddTargetInput) =>
  sendJson(
    "POST",
    `${orgApiPath(org)}/indicators/${encodeURIComponent(indicator)}/targets`,
    request,
    targetsResponseSchema,
  );

export function useAddTarget(org: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: AddTargetInput) => addTarget(org, input),
    // The target rates this month onward: every view that shows targets or ratings is stale.
    onSuccess: () =>
      Promise.all(
        ["indicator-targets", "scorecard", "indicator-series"].map((key) =>
          queryClient.invalidateQueries({ queryKey: [key, org] }),
        ),
      ),
  });
}
