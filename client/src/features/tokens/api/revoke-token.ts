import { useMutation, useQueryClient } from "@tanstack/react-query";
import { sendJson } from "../../../lib/api-client.ts";
import { tokensPath, tokensQueryOptions } from "./get-tokens.ts";

/** DELETE /api/orgs/{org}/tokens/{id}: the token stops working at once; it stays listed as revoked. */
export const revokeToken = (org: string, id: number) =>
  sendJson("DELETE", `${tokensPath(org)}/${id}`, undefined, null);

export function useRevokeToken(org: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: number) => revokeToken(org, id),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: tokensQueryOptions(org).queryKey }),
  });
}
