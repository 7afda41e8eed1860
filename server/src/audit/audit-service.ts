import type { AuditActorKind, AuditEntry, AuditQuery, AuditResponse } from "@scorecard/shared/audit-schema";
import type { DbOrTx } from "../db/database.ts";
import { NotFoundError } from "../errors.ts";
import { type AuditRow, findOrganisationIdBySlug, listAuditRows } from "../repositories/audit-repository.ts";

type JsonRow = Record<string, unknown> | null;

function toEntry(row: AuditRow): AuditEntry {
  return {
    id: row.id,
    occurredAt: row.occurredAt.toISOString(),
    actor: { kind: row.actorKind as AuditActorKind, id: row.actorId, label: row.actorLabel },
    action: row.action,
    table: row.tableName,
    key: row.rowKey as JsonRow,
    before: row.before as JsonRow,
    after: row.after as JsonRow,
    detail: row.detail as JsonRow,
    requestId: row.requestId,
    ip: row.ip,
  };
}

/** One organisation's audit trail, filtered and paged, newest first. */
export async function getAuditTrail(db: DbOrTx, slug: string, query: AuditQuery): Promise<AuditResponse> {
  const organisationId = await findOrganisationIdBySlug(db, slug);
  if (organisationId === undefined) throw new NotFoundError(`org: no organisation "${slug}"`);
  const { rows, total } = await listAuditRows(db, {
    organisationId,
    from: query.from,
    to: query.to,
    table: query.table,
    actor: query.actor,
    limit: query.pageSize,
    offset: (query.page - 1) * query.pageSize,
  });
  return { entries: rows.map(toEntry), total, page: query.page, pageSize: query.pageSize };
}
