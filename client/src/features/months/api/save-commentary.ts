import { commentarySavedResponseSchema } from "@scorecard/shared/month-schema";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { sendJson } from "../../../lib/api-client.ts";
import { monthPath } from "./get-month.ts";
import { refreshMonth } from "./month-queries.ts";

export interface CommentaryInput {
  indicator: string;
  body: string;
}

/** PUT /api/orgs/{org}/months/{period}/commentary/{indicator}: the draft's words for one indicator. */
export const saveCommentary = (org: string, period: string, { indicator, body }: CommentaryInput) =>
  sendJson(
    "PUT",
    `${monthPath(org, period)}/commentary/${encodeURIComponent(indicator)}`,
    { body },
    commentarySavedResponseSchema,
  );

export function useSaveCommentary(org: string, period: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: CommentaryInput) => saveCommentary(org, period, input),
    onSuccess: () => refreshMonth(queryClient, org, period),
  });
}
