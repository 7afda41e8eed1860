import { apiTokenCreatedResponseSchema, tokenCreateRequestSchema } from "@scorecard/shared/auth-schema";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import type { z } from "zod";
import { sendJson } from "../../../lib/api-client.ts";
import { tokensPath, tokensQueryOptions } from "./get-tokens.ts";

export type TokenCreateRequest = z.input<typeof tokenCreateRequestSchema>;

/** POST /api/orgs/{org}/tokens: a named token with a role; the secret is in this answer only. */
export const createToken = (org: string, body: TokenCreateRequest) =>
  sendJson("POST", tokensPath(org), tokenCreateRequestSchema.parse(body), apiTokenCreatedResponseSchema);

export function useCreateToken(org: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: TokenCreateRequest) => createToken(org, body),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: tokensQueryOptions(org).queryKey }),
  });
}
