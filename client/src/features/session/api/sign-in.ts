import { sessionResponseSchema, type signInRequestSchema } from "@scorecard/shared/auth-schema";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import type { z } from "zod";
import { sendJson, setCsrfToken } from "../../../lib/api-client.ts";
import { sessionQueryKey } from "./get-session.ts";

export type SignInRequest = z.infer<typeof signInRequestSchema>;

export const signIn = (credentials: SignInRequest) =>
  sendJson("POST", "/api/session", credentials, sessionResponseSchema);

/**
 * Signs in. What the reader may see changes with who they are (private organisations, drafts), so
 * every cached answer is dropped and the session put in its place.
 */
export function useSignIn() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: signIn,
    onSuccess: (session) => {
      setCsrfToken(session.csrfToken);
      queryClient.clear();
      queryClient.setQueryData(sessionQueryKey, session);
    },
  });
}
