import { areaSchema } from "@scorecard/shared/api-schema";
import { type AreaCreateRequest, areaCreateRequestSchema } from "@scorecard/shared/month-schema";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { areasQueryOptions } from "../../../api/get-areas.ts";
import { orgApiPath, sendJson } from "../../../lib/api-client.ts";

/**
 * POST /api/orgs/{org}/areas: adds an area, ward or service unit under its parent. A slug already
 * held is 409; a parent the kind may not sit under is 422, both naming the field.
 */
export const createArea = (org: string, body: AreaCreateRequest) =>
  sendJson("POST", `${orgApiPath(org)}/areas`, areaCreateRequestSchema.parse(body), areaSchema);

export function useCreateArea(org: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: AreaCreateRequest) => createArea(org, body),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: areasQueryOptions(org).queryKey }),
  });
}
