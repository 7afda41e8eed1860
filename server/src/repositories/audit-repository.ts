import { and, count, desc, eq, gte, lt, lte, or, type SQL, sql } from "drizzle-orm";
import type { DbOrTx } from "../db/database.ts";
import { auditLog, organisations } from "../db/schema.ts";

/** The organisation's id for a slug, or undefined. */
export async function findOrganisationIdBySlug(db: DbOrTx, slug: string): Promise<number | undefined> {
  const [row] = await db
    .select({ id: organisations.id })
    .from(organisations)
    .where(eq(organisations.slug, slug));
  return row?.id;
}

export interface AuditFilter {
  organisationId: number;
  /** A date (YYYY-MM-DD, a UK day) or an ISO instant. */
  from?: string | undefined;
  to?: string | undefined;
  table?: string | undefined;
  actor?: string | undefined;
  limit: number;
  offset: number;
}

export type AuditRow = typeof auditLog.$inferSelect;

// Councils' days are UK days: a date filter runs from local midnight, whatever the clocks say.
const UK_TIME_ZONE = "Europe/London";
const isDate = (time: string) => time.length === 10;
const ukMidnight = (date: string, plusDays: number) =>
  sql`((${date}::date + ${plusDays}::integer)::timestamp at time zone ${UK_TIME_ZONE})`;

function conditions(filter: AuditFilter): SQL | undefined {
  const { from, to } = filter;
  return and(
    eq(auditLog.organisationId, filter.organisationId),
    from === undefined
      ? undefined
      : gte(auditLog.occurredAt, isDate(from) ? ukMidnight(from, 0) : sql`${from}::timestamptz`),
    to === undefined
      ? undefined
      : isDate(to)
        ? lt(auditLog.occurredAt, ukMidnight(to, 1))
        : lte(auditLog.occurredAt, sql`${to}::timestamptz`),
    filter.table === undefined ? undefined : eq(auditLog.tableName, filter.table),
    filter.actor === undefined
      ? undefined
      : or(eq(auditLog.actorLabel, filter.actor), eq(auditLog.actorId, filter.actor)),
  );
}

/** One page of an organisation's audit rows, newest first, and how many match in all. */
export async function listAuditRows(
  db: DbOrTx,
  filter: AuditFilter,
): Promise<{ rows: AuditRow[]; total: number }> {
  const where = conditions(filter);
  const [rows, [counted]] = await Promise.all([
    db
      .select()
      .from(auditLog)
      .where(where)
      .orderBy(desc(auditLog.occurredAt), desc(auditLog.id))
      .limit(filter.limit)
      .offset(filter.offset),
    db.select({ total: count() }).from(auditLog).where(where),
  ]);
  return { rows, total: counted?.total ?? 0 };
}
