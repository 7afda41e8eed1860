import type { AuditActorKind } from "@scorecard/shared/audit-schema";

/** Who made a change, in words an auditor reads. */
export const actorKindLabels: Record<AuditActorKind, string> = {
  user: "account",
  token: "API token",
  system: "system",
  anonymous: "not signed in",
  sql: "directly in SQL",
};

const rowActions: Record<string, string> = {
  insert: "Added",
  update: "Changed",
  delete: "Removed",
  truncate: "Emptied",
};

/** A row change in words ("Changed"); an application event keeps its name ("membership.role-changed"). */
export const actionLabel = (action: string) => rowActions[action] ?? action;

/** A stored value as text: strings as they are, everything else as JSON; null as "empty". */
export function formatAuditValue(value: unknown): string {
  if (value === null || value === undefined) return "empty";
  if (typeof value === "string") return value === "" ? '""' : value;
  return JSON.stringify(value);
}

/** A row's key, `{ organisation_id: 2, user_id: 7 }` → "organisation_id 2, user_id 7". */
export function formatAuditKey(key: Record<string, unknown> | null): string {
  if (!key) return "—";
  return Object.entries(key)
    .map(([field, value]) => `${field} ${formatAuditValue(value)}`)
    .join(", ");
}
