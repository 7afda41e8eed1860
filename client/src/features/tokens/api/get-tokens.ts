import { apiTokensResponseSchema } from "@scorecard/shared/auth-schema";
import { queryOptions, useQuery } from "@tanstack/react-query";
import { getJson } from "../../../lib/api-client.ts";

export const tokensPath = (org: string) => `/api/orgs/${encodeURIComponent(org)}/tokens`;

export const getTokens = (org: string, signal?: AbortSignal) =>
  getJson(tokensPath(org), apiTokensResponseSchema, signal);

/** The organisation's API tokens, never their secrets (org admin). */
export const tokensQueryOptions = (org: string) =>
  queryOptions({
    queryKey: ["orgs", org, "tokens"],
    queryFn: ({ signal }) => getTokens(org, signal),
  });

export const useTokens = (org: string) => useQuery(tokensQueryOptions(org));
