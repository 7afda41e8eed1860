import type { AuditSearch } from "@scorecard/shared/audit-schema";
import { DownloadLinks } from "../../../components/download-links.tsx";
import { EmptyState, ErrorState, LoadingState } from "../../../components/page-state.tsx";
import type { PageSearchProps } from "../../../lib/page-search.ts";
import { AUDIT_PAGE_SIZE, useAudit } from "../api/get-audit.ts";
import { AuditFiltersForm } from "./audit-filters.tsx";
import { AuditTable } from "./audit-table.tsx";
import "./audit-page.css";

const ADVICE =
  "The audit trail is for the organisation's org admins (and the installation admin). Sign in with such an account, or check the filters.";

const count = new Intl.NumberFormat("en-GB");

/** Every recorded change and event of the organisation, newest first, filtered and paged in the URL. */
export function AuditPage({
  org,
  organisationName,
  search,
  onSearchChange,
}: { org: string; organisationName: string } & PageSearchProps<AuditSearch>) {
  const audit = useAudit(org, search);
  const { page, ...filters } = search;
  const pages = audit.data ? Math.max(1, Math.ceil(audit.data.total / AUDIT_PAGE_SIZE)) : 1;
  const filtered = Object.values(filters).some(Boolean);
  return (
    <>
      <h1>Audit trail · {organisationName}</h1>
      <p className="subtitle">
        Every change to this organisation's data and every security event, with who made it and when. Entries
        cannot be changed or deleted.
      </p>
      <AuditFiltersForm
        // A new address (back, a link) starts the form from what it says.
        key={JSON.stringify(filters)}
        filters={filters}
        onApply={(next) =>
          onSearchChange({
            from: undefined,
            to: undefined,
            table: undefined,
            actor: undefined,
            ...next,
            page: 1,
          })
        }
      />
      {audit.isPending ? (
        <LoadingState>Loading the audit trail…</LoadingState>
      ) : audit.isError ? (
        <ErrorState
          what="the audit trail"
          error={audit.error}
          advice={ADVICE}
          onRetry={() => void audit.refetch()}
        />
      ) : audit.data.total === 0 ? (
        <EmptyState title="No entries">
          <p>
            {filtered
              ? "No audit entries match these filters. Widen the dates or clear the filters."
              : "Nothing has been recorded for this organisation yet."}
          </p>
        </EmptyState>
      ) : (
        <>
          <p className="summary" role="status">
            {count.format(audit.data.total)} {audit.data.total === 1 ? "entry" : "entries"}
            {filtered ? " match these filters" : ""} · page {page} of {pages}, newest first
          </p>
          {audit.data.entries.length === 0 ? (
            <EmptyState title="No entries on this page">
              <p>This page is past the last one.</p>
            </EmptyState>
          ) : (
            <AuditTable entries={audit.data.entries} caption={`Audit entries, page ${page} of ${pages}`} />
          )}
          <DownloadLinks
            path={`/api/orgs/${encodeURIComponent(org)}/audit`}
            query={{ ...filters, page, pageSize: AUDIT_PAGE_SIZE }}
            what={`this page of the audit trail`}
          />
          <nav className="pager" aria-label="Audit pages">
            <button
              type="button"
              className="secondary"
              disabled={page <= 1}
              onClick={() => onSearchChange({ page: Math.min(page - 1, pages) })}
            >
              Previous page
            </button>
            <button
              type="button"
              className="secondary"
              disabled={page >= pages}
              onClick={() => onSearchChange({ page: page + 1 })}
            >
              Next page
            </button>
          </nav>
        </>
      )}
    </>
  );
}
