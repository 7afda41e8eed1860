import { type SessionResponse, sessionResponseSchema } from "@scorecard/shared/auth-schema";
import { queryOptions, useQuery } from "@tanstack/react-query";
import { ApiError, getJson, setCsrfToken } from "../../../lib/api-client.ts";

/** Who is signed in, or null when nobody is (the API answers 401: being signed out is not an error). */
export async function getSession(signal?: AbortSignal): Promise<SessionResponse | null> {
  try {
    const session = await getJson("/api/session", sessionResponseSchema, signal);
    // Every state-changing request needs the session's token; set it whenever the session is read.
    setCsrfToken(session.csrfToken);
    return session;
  } catch (error) {
    if (error instanceof ApiError && error.status === 401) {
      setCsrfToken(null);
      return null;
    }
    throw error;
  }
}

export const sessionQueryKey = ["session"] as const;

export const sessionQueryOptions = () =>
  queryOptions({
    queryKey: sessionQueryKey,
    queryFn: ({ signal }) => getSession(signal),
    // The session changes only by signing in or out, which update this query themselves.
    staleTime: Number.POSITIVE_INFINITY,
  });

export const useSession = () => useQuery(sessionQueryOptions());
