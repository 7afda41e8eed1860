import { fieldChanges } from "@scorecard/shared/audit-changes";
import type { AuditEntry } from "@scorecard/shared/audit-schema";
import { formatAuditValue } from "./audit-words.ts";

/**
 * What one entry changed: an update's changed fields as "before → after", an insert's or delete's
 * fields, or an application event's details.
 */
export function AuditChanges({ entry }: { entry: AuditEntry }) {
  if (!entry.table) {
    const details = Object.entries(entry.detail ?? {});
    if (details.length === 0) return <span className="muted">—</span>;
    return (
      <ul className="audit-changes">
        {details.map(([field, value]) => (
          <li key={field}>
            <span className="audit-field">{field}</span>: {formatAuditValue(value)}
          </li>
        ))}
      </ul>
    );
  }
  const changes = fieldChanges(entry.before, entry.after);
  if (changes.length === 0) return <span className="muted">—</span>;
  return (
    <ul className="audit-changes">
      {changes.map((change) => (
        <li key={change.field}>
          <span className="audit-field">{change.field}</span>:{" "}
          {"before" in change && "after" in change ? (
            <>
              <del>{formatAuditValue(change.before)}</del> <span aria-hidden="true">→</span>
              <span className="visually-hidden"> changed to </span>{" "}
              <ins>{formatAuditValue(change.after)}</ins>
            </>
          ) : "after" in change ? (
            formatAuditValue(change.after)
          ) : (
            <del>{formatAuditValue(change.before)}</del>
          )}
        </li>
      ))}
    </ul>
  );
}
