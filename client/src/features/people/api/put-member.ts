import { memberSchema } from "@scorecard/shared/auth-schema";
import type { Role } from "@scorecard/shared/roles";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { sendJson } from "../../../lib/api-client.ts";
import { membersPath, membersQueryOptions } from "./get-members.ts";

export interface PutMemberInput {
  email: string;
  role: Role;
}

/** PUT /api/orgs/{org}/members/{email}: gives an existing account a role (adds or changes it). */
export const putMember = (org: string, { email, role }: PutMemberInput) =>
  sendJson("PUT", `${membersPath(org)}/${encodeURIComponent(email)}`, { role }, memberSchema);

export function usePutMember(org: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: PutMemberInput) => putMember(org, input),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: membersQueryOptions(org).queryKey }),
  });
}
