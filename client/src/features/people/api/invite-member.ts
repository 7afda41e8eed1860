import { memberInvitedResponseSchema, memberInviteRequestSchema } from "@scorecard/shared/auth-schema";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import type { z } from "zod";
import { sendJson } from "../../../lib/api-client.ts";
import { membersPath, membersQueryOptions } from "./get-members.ts";

export type MemberInviteRequest = z.input<typeof memberInviteRequestSchema>;

/**
 * POST /api/orgs/{org}/members: an existing account gets the role; a new one is made in the same
 * transaction, and the answer carries its one-time set-password link.
 */
export const inviteMember = (org: string, body: MemberInviteRequest) =>
  sendJson("POST", membersPath(org), memberInviteRequestSchema.parse(body), memberInvitedResponseSchema);

export function useInviteMember(org: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: MemberInviteRequest) => inviteMember(org, body),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: membersQueryOptions(org).queryKey }),
  });
}
