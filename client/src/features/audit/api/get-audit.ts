import { type AuditSearch, auditResponseSchema } from "@scorecard/shared/audit-schema";
import { keepPreviousData, queryOptions, useQuery } from "@tanstack/react-query";
import { getJson } from "../../../lib/api-client.ts";

export const AUDIT_PAGE_SIZE = 50;

export function auditPath(org: string, search: AuditSearch): string {
  const query = new URLSearchParams();
  for (const key of ["from", "to", "table", "actor"] as const) {
    const value = search[key];
    if (value) query.set(key, value);
  }
  query.set("page", String(search.page));
  query.set("pageSize", String(AUDIT_PAGE_SIZE));
  return `/api/orgs/${encodeURIComponent(org)}/audit?${query.toString()}`;
}

export const getAudit = (org: string, search: AuditSearch, signal?: AbortSignal) =>
  getJson(auditPath(org, search), auditResponseSchema, signal);

/** One page of the organisation's audit trail, newest first (org admin). */
export const auditQueryOptions = (org: string, search: AuditSearch) =>
  queryOptions({
    queryKey: ["orgs", org, "audit", search],
    queryFn: ({ signal }) => getAudit(org, search, signal),
    // The trail grows with every change; a page reopened should show what happened since.
    staleTime: 0,
    // Paging keeps the table in place until the next page arrives.
    placeholderData: keepPreviousData,
  });

export const useAudit = (org: string, search: AuditSearch) => useQuery(auditQueryOptions(org, search));
