import type { AuditEntry, AuditResponse } from "../audit-schema.ts";
import type { DownloadTable } from "./table.ts";

const json = (value: Record<string, unknown> | null) => (value === null ? null : JSON.stringify(value));

/** The audit page's columns, with the before/after rows and event detail as JSON text. */
export function auditTable(audit: AuditResponse, organisation: string): DownloadTable<AuditEntry> {
  return {
    title: `Audit trail ${organisation}`,
    rows: audit.entries,
    about: [
      { label: "Organisation", text: organisation },
      {
        label: "Page",
        text: `Page ${audit.page} of entries ${audit.pageSize} a page; ${audit.total} entries match the filters.`,
      },
      { label: "Order", text: "Newest first, as the audit page shows them." },
      { label: "Times", text: "Excel shows times in UTC; the CSV has them as ISO 8601 with offset." },
    ],
    columns: [
      { header: "Id", kind: "integer", value: (entry) => entry.id },
      { header: "When", kind: "date", value: (entry) => entry.occurredAt },
      { header: "Who", kind: "text", value: (entry) => entry.actor.label ?? entry.actor.id },
      { header: "Actor kind", kind: "text", value: (entry) => entry.actor.kind },
      { header: "Action", kind: "text", value: (entry) => entry.action },
      { header: "Table", kind: "text", value: (entry) => entry.table },
      { header: "Key", kind: "text", value: (entry) => json(entry.key) },
      { header: "Before", kind: "text", value: (entry) => json(entry.before) },
      { header: "After", kind: "text", value: (entry) => json(entry.after) },
      { header: "Detail", kind: "text", value: (entry) => json(entry.detail) },
      { header: "Request", kind: "text", value: (entry) => entry.requestId },
      { header: "IP", kind: "text", value: (entry) => entry.ip },
    ],
  };
}
