import { useMutation, useQueryClient } from "@tanstack/react-query";
import { ApiError, sendJson, setCsrfToken } from "../../../lib/api-client.ts";
import { sessionQueryKey } from "./get-session.ts";

/** Ends the session on the server. One that had already ended (401) is as good as ended. */
export async function signOut(): Promise<void> {
  try {
    await sendJson("DELETE", "/api/session", undefined, null);
  } catch (error) {
    if (!(error instanceof ApiError && error.status === 401)) throw error;
  }
}

/** Signs out, and forgets everything fetched while signed in and the CSRF token. */
export function useSignOut() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: signOut,
    onSuccess: () => {
      setCsrfToken(null);
      queryClient.clear();
      queryClient.setQueryData(sessionQueryKey, null);
    },
  });
}
