import type { AuditEntry } from "@scorecard/shared/audit-schema";
import { formatDateTime } from "../../../lib/date-time.ts";
import { AuditChanges } from "./audit-changes.tsx";
import { actionLabel, actorKindLabels, formatAuditKey } from "./audit-words.ts";

/** One page of entries, newest first. */
export function AuditTable({ entries, caption }: { entries: readonly AuditEntry[]; caption: string }) {
  return (
    <div className="table-scroll">
      <table className="data-table audit-table">
        <caption className="visually-hidden">{caption}</caption>
        <thead>
          <tr>
            <th scope="col">When</th>
            <th scope="col">Who</th>
            <th scope="col">Action</th>
            <th scope="col">Table</th>
            <th scope="col">Key</th>
            <th scope="col">What changed</th>
          </tr>
        </thead>
        <tbody>
          {entries.map((entry) => (
            <tr key={entry.id}>
              <td>
                <time dateTime={entry.occurredAt}>{formatDateTime(entry.occurredAt)}</time>
              </td>
              <td>
                {entry.actor.label ?? entry.actor.id ?? "unknown"}
                <span className="audit-kind"> ({actorKindLabels[entry.actor.kind]})</span>
              </td>
              <td>{actionLabel(entry.action)}</td>
              <td>{entry.table ?? <span className="muted">event</span>}</td>
              <td>{formatAuditKey(entry.key)}</td>
              <td>
                <AuditChanges entry={entry} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
