import { z } from "zod";
import { organisationSlugSchema } from "./auth-schema.ts";

/**
 * The audit trail's API contract (GET /api/orgs/{org}/audit). Kept apart from api-schema.ts so the
 * audit feature can grow (an audit page, exports) without touching the scorecard's contract.
 */

/** Who made a change. `sql` is set by the database trigger alone: a change made directly in SQL. */
export const auditActorKindSchema = z.enum(["user", "token", "system", "anonymous", "sql"]);
export type AuditActorKind = z.infer<typeof auditActorKindSchema>;

/**
 * The organisation data tables the trigger audits (attached with `audit_attach` in a migration).
 * A test compares this list with the tables that carry the trigger, so attaching a table without
 * listing it here (or the reverse) fails.
 */
export const auditedTableSchema = z.enum([
  "organisations",
  "areas",
  "area_populations",
  "indicators",
  "observations",
  "published_baselines",
  "targets",
  "benchmarks",
  "commentaries",
  "memberships",
  "api_tokens",
  "users",
  "months",
  "month_revisions",
  "draft_figures",
  "draft_commentaries",
  "indicator_rule_versions",
  "annex_a_team_areas",
  "annex_a_imports",
  "annex_a_settings",
]);
export type AuditedTable = z.infer<typeof auditedTableSchema>;

export const auditParamsSchema = z.object({ org: organisationSlugSchema });

/** A date (a whole day, in UK time) or an instant with its offset. */
const auditTimeSchema = z.union([z.iso.date(), z.iso.datetime({ offset: true })], {
  error: "must be a date (2026-03-31) or a date and time with offset (2026-03-31T09:00:00Z)",
});

/** Whether `from` is after `to`, for two dates or two instants; a mix is left to the database's UK day boundaries. */
const isAfter = (from: string, to: string) =>
  from.length === 10 && to.length === 10
    ? from > to
    : from.length > 10 && to.length > 10 && Date.parse(from) > Date.parse(to);

export const AUDIT_PAGE_SIZE_MAX = 200;

export const auditQuerySchema = z
  .object({
    /** Changes at or after this instant; a date means from the start of that day. */
    from: auditTimeSchema.optional(),
    /** Changes at or before this instant; a date means up to the end of that day. */
    to: auditTimeSchema.optional(),
    table: auditedTableSchema.optional(),
    /** An actor's label (an email, a token's name, "seed", a database role) or id, exactly. */
    actor: z.string().min(1).max(200).optional(),
    page: z.coerce.number().int().min(1, "page must be 1 or more").default(1),
    pageSize: z.coerce
      .number()
      .int()
      .min(1, "pageSize must be 1 or more")
      .max(AUDIT_PAGE_SIZE_MAX, `pageSize must be at most ${AUDIT_PAGE_SIZE_MAX}`)
      .default(50),
  })
  .refine((query) => !query.from || !query.to || !isAfter(query.from, query.to), {
    message: "from must not be after to",
    path: ["from"],
  });
export type AuditQuery = z.infer<typeof auditQuerySchema>;

const jsonRowSchema = z.record(z.string(), z.unknown());

export const auditEntrySchema = z.object({
  id: z.number().int(),
  occurredAt: z.iso.datetime({ offset: true }),
  actor: z.object({
    kind: auditActorKindSchema,
    id: z.string().nullable(),
    label: z.string().nullable(),
  }),
  /** `insert`, `update`, `delete`, `truncate` for row changes; an event name (`session.created`) otherwise. */
  action: z.string(),
  /** The table changed; null for an application event. */
  table: z.string().nullable(),
  /** The changed row's primary key, e.g. `{ "id": 12 }`. */
  key: jsonRowSchema.nullable(),
  before: jsonRowSchema.nullable(),
  after: jsonRowSchema.nullable(),
  /** An application event's details. */
  detail: jsonRowSchema.nullable(),
  requestId: z.string().nullable(),
  ip: z.string().nullable(),
});
export type AuditEntry = z.infer<typeof auditEntrySchema>;

export const auditResponseSchema = z.object({
  /** Newest first. */
  entries: z.array(auditEntrySchema),
  total: z.number().int(),
  page: z.number().int(),
  pageSize: z.number().int(),
});
export type AuditResponse = z.infer<typeof auditResponseSchema>;

/**
 * The audit page's address (`/o/{org}/audit?from=&to=&table=&actor=&page=`): the API query's rules,
 * but dates only (the page's date inputs), and an unreadable value falls back to no filter (or page
 * 1) rather than failing, like the other pages' search params.
 */
export const auditSearchSchema = z.object({
  from: z.iso.date().optional().catch(undefined),
  to: z.iso.date().optional().catch(undefined),
  table: auditedTableSchema.optional().catch(undefined),
  actor: auditQuerySchema.shape.actor.catch(undefined),
  page: auditQuerySchema.shape.page.catch(1),
});
export type AuditSearch = z.infer<typeof auditSearchSchema>;
