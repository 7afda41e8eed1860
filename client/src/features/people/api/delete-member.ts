import { useMutation, useQueryClient } from "@tanstack/react-query";
import { sendJson } from "../../../lib/api-client.ts";
import { membersPath, membersQueryOptions } from "./get-members.ts";

/** DELETE /api/orgs/{org}/members/{email}: removes a person (the server refuses the last org admin, 409). */
export const deleteMember = (org: string, email: string) =>
  sendJson("DELETE", `${membersPath(org)}/${encodeURIComponent(email)}`, undefined, null);

export function useDeleteMember(org: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (email: string) => deleteMember(org, email),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: membersQueryOptions(org).queryKey }),
  });
}
