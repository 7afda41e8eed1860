import { membersResponseSchema } from "@scorecard/shared/auth-schema";
import { queryOptions, useQuery } from "@tanstack/react-query";
import { getJson } from "../../../lib/api-client.ts";

export const membersPath = (org: string) => `/api/orgs/${encodeURIComponent(org)}/members`;

export const getMembers = (org: string, signal?: AbortSignal) =>
  getJson(membersPath(org), membersResponseSchema, signal);

/** The organisation's people and their roles (org admin). */
export const membersQueryOptions = (org: string) =>
  queryOptions({
    queryKey: ["orgs", org, "members"],
    queryFn: ({ signal }) => getMembers(org, signal),
  });

export const useMembers = (org: string) => useQuery(membersQueryOptions(org));
