import type { AuditActorKind } from "@scorecard/shared/audit-schema";
import { sql } from "drizzle-orm";
import type { Db, Tx } from "./database.ts";
import { auditLog } from "./schema.ts";

/** Who is making a change: a signed-in account, an API token, the system (seed, CLI), or nobody yet. */
export interface Actor {
  /** Every kind but "sql", which only the trigger records (a change made outside the product). */
  kind: Exclude<AuditActorKind, "sql">;
  /** Account id, token id, or a name for system actors ("seed", "cli"). */
  id: string | null;
  /** What an auditor reads: the account's email, the token's name. */
  label: string | null;
}

export interface WriteContext {
  actor: Actor;
  /** The organisation whose data the write changes; null for installation-wide changes. */
  organisationId: number | null;
  requestId?: string | undefined;
  ip?: string | undefined;
}

export const systemActor = (name: string): Actor => ({ kind: "system", id: name, label: name });

/**
 * Every write is one transaction that says who made it. The actor and organisation are set as
 * transaction-local settings (`set_config(..., true)`), which the generic audit trigger reads, so a
 * change is audited in the same transaction that makes it and vanishes with it on rollback.
 */
export async function writeTransaction<T>(
  db: Db,
  context: WriteContext,
  work: (tx: Tx) => Promise<T>,
): Promise<T> {
  return db.transaction(async (tx) => {
    const actor = JSON.stringify({
      kind: context.actor.kind,
      id: context.actor.id,
      label: context.actor.label,
      requestId: context.requestId ?? null,
      ip: context.ip ?? null,
    });
    await tx.execute(
      sql`select set_config('app.actor', ${actor}, true), set_config('app.organisation_id', ${String(
        context.organisationId ?? "",
      )}, true)`,
    );
    return work(tx);
  });
}

/**
 * Names the organisation for the rest of the transaction, for a write that learns it part-way (the
 * seed creates its organisation first). Rows without an organisation of their own are audited to it.
 */
export async function setWriteOrganisation(tx: Tx, organisationId: number) {
  await tx.execute(sql`select set_config('app.organisation_id', ${String(organisationId)}, true)`);
}

/** An application event (sign-in, failed sign-in, role change) in the audit trail, in the caller's transaction. */
export async function recordAuditEvent(
  tx: Tx | Db,
  context: WriteContext,
  event: { action: string; detail?: Record<string, unknown> },
) {
  await tx.insert(auditLog).values({
    actorKind: context.actor.kind,
    actorId: context.actor.id,
    actorLabel: context.actor.label,
    organisationId: context.organisationId,
    action: event.action,
    detail: event.detail ?? null,
    requestId: context.requestId ?? null,
    ip: context.ip ?? null,
  });
}
