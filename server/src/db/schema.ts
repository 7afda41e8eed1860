import {
  type ComputedFigureResponse,
  MAX_ANNEX_A_RETENTION_DAYS,
} from "@scorecard/shared/annex-a/annex-a-schema";
import { AREA_KINDS, BENCHMARK_KINDS, DATA_SOURCES } from "@scorecard/shared/api-schema";
import { GEOGRAPHIC_LEVELS } from "@scorecard/shared/dfe-benchmarks";
import { BASELINE_KINDS, MEASURE_KINDS, POLARITIES, UNITS } from "@scorecard/shared/indicator-schema";
import { MONTH_EVENTS } from "@scorecard/shared/month-schema";
import { MONTH_STATES } from "@scorecard/shared/month-states";
import { roles } from "@scorecard/shared/roles";
import { sql } from "drizzle-orm";
import {
  bigint,
  bigserial,
  boolean,
  check,
  doublePrecision,
  foreignKey,
  index,
  integer,
  jsonb,
  pgEnum,
  pgTable,
  primaryKey,
  serial,
  text,
  timestamp,
  uniqueIndex,
} from "drizzle-orm/pg-core";

// Months are stored as "YYYY-MM" text: sortable, readable in SQL, and the API's own format.
const monthCheck = (column: string) => sql.raw(`${column} ~ '^[0-9]{4}-(0[1-9]|1[0-2])$'`);

// Every enum column is built from the shared contract's values, so the database holds only what the API accepts.
export const areaKind = pgEnum("area_kind", AREA_KINDS);
export const observationSource = pgEnum("observation_source", DATA_SOURCES);
export const benchmarkKind = pgEnum("benchmark_kind", BENCHMARK_KINDS);
export const unit = pgEnum("unit", UNITS);
export const polarity = pgEnum("polarity", POLARITIES);
export const measureKind = pgEnum("measure_kind", MEASURE_KINDS);
export const baselineKind = pgEnum("baseline_kind", BASELINE_KINDS);
export const geographicLevel = pgEnum("geographic_level", GEOGRAPHIC_LEVELS);

/** A local authority (or children's trust), by its DfE codes. Everything else hangs off one. */
export const organisations = pgTable("organisations", {
  id: serial().primaryKey(),
  slug: text().notNull().unique(),
  name: text().notNull(),
  oldLaCode: text().notNull().unique(),
  newLaCode: text().notNull().unique(),
  /** Public organisations' published months are readable without signing in. */
  isPublic: boolean().notNull().default(true),
  regionCode: text(),
  regionName: text(),
});

/** City → areas → wards, plus non-geographic service units (DCSC, MASH...). */
export const areas = pgTable(
  "areas",
  {
    id: serial().primaryKey(),
    organisationId: integer()
      .notNull()
      .references(() => organisations.id),
    slug: text().notNull(),
    name: text().notNull(),
    kind: areaKind().notNull(),
    parentId: integer(),
    sortOrder: integer().notNull().default(0),
  },
  (table) => [
    uniqueIndex("areas_organisation_slug").on(table.organisationId, table.slug),
    foreignKey({ columns: [table.parentId], foreignColumns: [table.id], name: "areas_parent_fk" }),
  ],
);

/** Children aged 0–17 by area and mid-year estimate. */
export const areaPopulations = pgTable(
  "area_populations",
  {
    areaId: integer()
      .notNull()
      .references(() => areas.id),
    year: integer().notNull(),
    population: integer().notNull(),
    source: text().notNull(),
  },
  (table) => [primaryKey({ columns: [table.areaId, table.year] })],
);

/** The indicator catalogue: how each measure is defined, rated and compared. */
export const indicators = pgTable(
  "indicators",
  {
    organisationId: integer()
      .notNull()
      .references(() => organisations.id),
    /** The indicator's slug ("re-referrals"), unique within its organisation. */
    id: text().notNull(),
    ref: integer().notNull(),
    title: text().notNull(),
    definition: text().notNull(),
    unit: unit().notNull(),
    polarity: polarity().notNull(),
    measureKind: measureKind().notNull(),
    baselineKind: baselineKind().notNull(),
    baselineLabel: text().notNull(),
    baselineMonth: text(),
    tolerance: doublePrecision(),
    trendThreshold: doublePrecision(),
    decimals: integer().notNull(),
    numeratorLabel: text(),
    denominatorLabel: text(),
    showsRatePer10k: boolean().notNull().default(false),
    notes: text(),
    /** The DfE measure (EES measure id) the indicator is benchmarked against; null for none. */
    dfeMeasureId: text(),
  },
  (table) => [
    primaryKey({ columns: [table.organisationId, table.id] }),
    uniqueIndex("indicators_organisation_ref").on(table.organisationId, table.ref),
  ],
);

/**
 * One figure per indicator, area, month and breakdown ("" for the headline).
 * The primary key leads with (area, period) because a scorecard reads every indicator of a few
 * areas for one month; the series index serves one indicator over time.
 */
export const observations = pgTable(
  "observations",
  {
    areaId: integer()
      .notNull()
      .references(() => areas.id),
    period: text().notNull(),
    indicatorId: text().notNull(),
    breakdown: text().notNull().default(""),
    numerator: doublePrecision(),
    denominator: doublePrecision(),
    value: doublePrecision(),
    source: observationSource().notNull(),
    /** The return's note beside the figure (e.g. "includes late recording"). */
    note: text(),
    updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [
    primaryKey({ columns: [table.areaId, table.period, table.indicatorId, table.breakdown] }),
    index("observations_series").on(table.indicatorId, table.areaId, table.period),
    // Lets the list of months skip from month to month instead of reading every row.
    index("observations_period_source").on(table.period, table.source),
    check("observations_period_month", monthCheck("period")),
  ],
);

/** A baseline figure as a paper printed it, kept when history cannot recompute it exactly. */
export const publishedBaselines = pgTable(
  "published_baselines",
  {
    areaId: integer()
      .notNull()
      .references(() => areas.id),
    period: text().notNull(),
    indicatorId: text().notNull(),
    breakdown: text().notNull().default(""),
    label: text().notNull(),
    numerator: doublePrecision(),
    denominator: doublePrecision(),
    value: doublePrecision(),
  },
  (table) => [primaryKey({ columns: [table.areaId, table.period, table.indicatorId, table.breakdown] })],
);

/** Targets are append-only: a change adds a row from its month, so history stays visible. */
export const targets = pgTable(
  "targets",
  {
    id: serial().primaryKey(),
    organisationId: integer()
      .notNull()
      .references(() => organisations.id),
    indicatorId: text().notNull(),
    effectiveFrom: text().notNull(),
    /** null records that the indicator had no target from this month (a paper stopped printing one). */
    value: doublePrecision(),
    reason: text().notNull(),
    recordedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [
    foreignKey({
      columns: [table.organisationId, table.indicatorId],
      foreignColumns: [indicators.organisationId, indicators.id],
      name: "targets_indicator_fk",
    }),
    uniqueIndex("targets_indicator_month").on(table.organisationId, table.indicatorId, table.effectiveFrom),
    check("targets_effective_from_month", monthCheck("effective_from")),
  ],
);

/** National / statistical-neighbour / regional comparators with their own vintage and source. */
export const benchmarks = pgTable(
  "benchmarks",
  {
    id: serial().primaryKey(),
    organisationId: integer()
      .notNull()
      .references(() => organisations.id),
    indicatorId: text().notNull(),
    kind: benchmarkKind().notNull(),
    value: doublePrecision().notNull(),
    unit: unit().notNull(),
    /** The period the figure describes, e.g. "2015-16". */
    periodLabel: text().notNull(),
    /** The first scorecard month that used it. */
    effectiveFrom: text().notNull(),
    source: text().notNull(),
  },
  (table) => [
    foreignKey({
      columns: [table.organisationId, table.indicatorId],
      foreignColumns: [indicators.organisationId, indicators.id],
      name: "benchmarks_indicator_fk",
    }),
    uniqueIndex("benchmarks_indicator_kind_month").on(
      table.organisationId,
      table.indicatorId,
      table.kind,
      table.effectiveFrom,
    ),
    check("benchmarks_effective_from_month", monthCheck("effective_from")),
  ],
);

/** The paragraph under each indicator in the monthly paper. */
export const commentaries = pgTable(
  "commentaries",
  {
    organisationId: integer()
      .notNull()
      .references(() => organisations.id),
    indicatorId: text().notNull(),
    period: text().notNull(),
    body: text().notNull(),
  },
  (table) => [
    primaryKey({ columns: [table.organisationId, table.indicatorId, table.period] }),
    foreignKey({
      columns: [table.organisationId, table.indicatorId],
      foreignColumns: [indicators.organisationId, indicators.id],
      name: "commentaries_indicator_fk",
    }),
  ],
);

/** Every local authority DfE has published figures for, by old (3-digit) LA code, with the years it existed. */
export const localAuthorities = pgTable("local_authorities", {
  code: text().primaryKey(),
  newCode: text(),
  name: text().notNull(),
  regionCode: text(),
  regionName: text(),
  /** First and last reporting year with a figure; null when DfE has none (only suppressed cells). */
  firstYear: integer(),
  lastYear: integer(),
});

/** DfE regions (and Inner/Outer London, whose parent is London). */
export const regions = pgTable("regions", {
  code: text().primaryKey(),
  name: text().notNull(),
  parentCode: text(),
});

/**
 * DfE published statistics (Explore Education Statistics), one value per measure, reporting year
 * and geography. A suppressed value is stored as null with its code, never as 0.
 */
export const publishedStatistics = pgTable(
  "published_statistics",
  {
    /** A DfE measure id (re-referrals, cp-plans…) or `population` for the ONS 0–17 estimate (year = mid-year). */
    measureId: text().notNull(),
    year: integer().notNull(),
    level: geographicLevel().notNull(),
    /** Old LA code, region code, or E92000001 for England. */
    code: text().notNull(),
    name: text().notNull(),
    value: doublePrecision(),
    numerator: doublePrecision(),
    denominator: doublePrecision(),
    suppression: text(),
    sourceFile: text().notNull(),
  },
  (table) => [
    primaryKey({ columns: [table.measureId, table.year, table.level, table.code] }),
    index("published_statistics_year").on(table.measureId, table.level, table.year),
  ],
);

/** DfE statistical-neighbour models: each LA's ten closest, in order, with closeness labels. */
export const statisticalNeighbours = pgTable(
  "statistical_neighbours",
  {
    model: text().notNull(),
    laCode: text().notNull(),
    position: integer().notNull(),
    neighbourCode: text().notNull(),
    closeness: text().notNull(),
  },
  (table) => [primaryKey({ columns: [table.model, table.laCode, table.position] })],
);

/**
 * The read model of DfE benchmarks: per measure, reporting year, neighbour model and LA, the figures
 * the scorecard and benchmark pages show (`dfeBenchmarkFigures` in shared/). Derived only: rebuilt
 * from `published_statistics`, `statistical_neighbours` and `local_authorities` in the transaction of
 * every import and of the seed, so a page reads a few rows instead of every LA's figures.
 */
export const dfeBenchmarkFigures = pgTable(
  "dfe_benchmark_figures",
  {
    measureId: text().notNull(),
    year: integer().notNull(),
    model: text().notNull(),
    laCode: text().notNull(),
    /** The LA's published row (name, figure, suppression code); laName null when DfE has no row. */
    laName: text(),
    value: doublePrecision(),
    numerator: doublePrecision(),
    denominator: doublePrecision(),
    suppression: text(),
    national: doublePrecision(),
    regionCode: text(),
    regionName: text(),
    regionFigureName: text(),
    regionValue: doublePrecision(),
    neighboursMean: doublePrecision(),
    neighboursMedian: doublePrecision(),
    neighboursWithValues: integer().notNull(),
    rank: integer(),
    rankOf: integer().notNull(),
    quartile: text(),
  },
  (table) => [
    primaryKey({ columns: [table.measureId, table.model, table.laCode, table.year] }),
    index("dfe_benchmark_figures_ranking").on(table.measureId, table.model, table.year),
  ],
);

/** Files imported, by content hash: re-importing the same file is recognised and changes nothing. */
export const statisticsImports = pgTable("statistics_imports", {
  sha256: text().primaryKey(),
  fileName: text().notNull(),
  measureIds: text().notNull(),
  rows: integer().notNull(),
  importedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
});

/**
 * The audit trail: one row per change of organisation data (written by the generic trigger from
 * `app.actor` / `app.organisation_id` set in the same transaction) and per application event
 * (sign-in, failed sign-in, role change). Rows are never updated or deleted by the product.
 */
export const auditLog = pgTable(
  "audit_log",
  {
    id: bigserial({ mode: "number" }).primaryKey(),
    occurredAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    /** "user", "token", "system" (seed, CLI) or "anonymous" (a failed sign-in). */
    actorKind: text().notNull(),
    actorId: text(),
    actorLabel: text(),
    organisationId: integer(),
    /** "insert" | "update" | "delete" for row changes; an event name such as "session.created" otherwise. */
    action: text().notNull(),
    tableName: text(),
    rowKey: jsonb(),
    before: jsonb(),
    after: jsonb(),
    detail: jsonb(),
    requestId: text(),
    ip: text(),
  },
  (table) => [
    index("audit_log_organisation_time").on(table.organisationId, table.occurredAt),
    index("audit_log_time").on(table.occurredAt),
  ],
);

// ---------------------------------------------------------------------------------------------
// People, sessions and tokens. Secrets (session tokens, API tokens, set-password tokens) are stored
// only as SHA-256 hashes, passwords only as argon2id hashes.

export const role = pgEnum("role", roles);

/** An account. Emails are stored lower-cased, so uniqueness is case-insensitive. */
export const users = pgTable(
  "users",
  {
    id: serial().primaryKey(),
    email: text().notNull().unique(),
    displayName: text().notNull(),
    /** argon2id; null until the person sets a password through their one-time link. */
    passwordHash: text(),
    isInstallationAdmin: boolean().notNull().default(false),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [check("users_email_lower_case", sql`${table.email} = lower(${table.email})`)],
);

/** One role per person per organisation. */
export const memberships = pgTable(
  "memberships",
  {
    organisationId: integer()
      .notNull()
      .references(() => organisations.id),
    userId: integer()
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    role: role().notNull(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [
    primaryKey({ columns: [table.organisationId, table.userId] }),
    index("memberships_user").on(table.userId),
  ],
);

/** Server-side sessions: revocable, idle-limited (last seen) and absolutely limited (expires). */
export const sessions = pgTable(
  "sessions",
  {
    id: serial().primaryKey(),
    tokenHash: text().notNull().unique(),
    csrfToken: text().notNull(),
    userId: integer()
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    lastSeenAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    expiresAt: timestamp({ withTimezone: true }).notNull(),
  },
  (table) => [index("sessions_user").on(table.userId)],
);

/**
 * Bearer tokens for scripts and Power BI. An organisation token carries a role in that
 * organisation; an installation token (no organisation, no role) acts as installation admin.
 */
export const apiTokens = pgTable(
  "api_tokens",
  {
    id: serial().primaryKey(),
    tokenHash: text().notNull().unique(),
    name: text().notNull(),
    organisationId: integer().references(() => organisations.id),
    role: role(),
    createdByUserId: integer().references(() => users.id, { onDelete: "set null" }),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    lastUsedAt: timestamp({ withTimezone: true }),
    revokedAt: timestamp({ withTimezone: true }),
  },
  (table) => [
    check(
      "api_tokens_role_with_organisation",
      sql`(${table.organisationId} is null) = (${table.role} is null)`,
    ),
    index("api_tokens_organisation").on(table.organisationId),
  ],
);

/** One-time links for a person to choose their password. */
export const setPasswordTokens = pgTable("set_password_tokens", {
  tokenHash: text().primaryKey(),
  userId: integer()
    .notNull()
    .references(() => users.id, { onDelete: "cascade" }),
  createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  expiresAt: timestamp({ withTimezone: true }).notNull(),
  usedAt: timestamp({ withTimezone: true }),
});

/** Sign-in attempts, for a lockout every server process on one database shares. */
export const loginAttempts = pgTable(
  "login_attempts",
  {
    id: bigserial({ mode: "number" }).primaryKey(),
    email: text().notNull(),
    ip: text().notNull(),
    attemptedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    /** "success", "failure", or "locked" (refused without checking the password). */
    outcome: text().notNull(),
  },
  (table) => [
    index("login_attempts_email").on(table.email, table.attemptedAt),
    index("login_attempts_ip").on(table.ip, table.attemptedAt),
  ],
);

// ---------------------------------------------------------------------------------------------
// The monthly cycle. `observations` and `commentaries` hold what the public sees (the published
// revision of each month); a draft's figures and commentary live apart until they are published.

export const monthState = pgEnum("month_state", MONTH_STATES);
export const monthEvent = pgEnum("month_event", MONTH_EVENTS);

/** One organisation's month: its state and revisions. A month with figures but no row is published (legacy data). */
export const months = pgTable(
  "months",
  {
    organisationId: integer()
      .notNull()
      .references(() => organisations.id),
    period: text().notNull(),
    state: monthState().notNull(),
    /** The revision being worked on; equal to publishedRevision once published. */
    revision: integer().notNull().default(1),
    publishedRevision: integer(),
    /** Who submitted the current revision, so the approver can be checked to be someone else. */
    submittedByUserId: integer().references(() => users.id, { onDelete: "set null" }),
    submittedBy: text(),
    updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [
    primaryKey({ columns: [table.organisationId, table.period] }),
    check("months_period_month", monthCheck("period")),
  ],
);

/** Every step and save in a month's life, with who and when: the month's own history. */
export const monthEvents = pgTable(
  "month_events",
  {
    id: bigserial({ mode: "number" }).primaryKey(),
    organisationId: integer().notNull(),
    period: text().notNull(),
    revision: integer().notNull(),
    event: monthEvent().notNull(),
    actorLabel: text().notNull(),
    actorUserId: integer(),
    occurredAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    reason: text(),
  },
  (table) => [
    index("month_events_month").on(table.organisationId, table.period, table.id),
    foreignKey({
      columns: [table.organisationId, table.period],
      foreignColumns: [months.organisationId, months.period],
      name: "month_events_month_fk",
    }),
  ],
);

/** Each published revision of a month: when, by whom, and why it was reopened. */
export const monthRevisions = pgTable(
  "month_revisions",
  {
    organisationId: integer().notNull(),
    period: text().notNull(),
    revision: integer().notNull(),
    publishedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    publishedBy: text().notNull(),
    reason: text(),
  },
  (table) => [
    primaryKey({ columns: [table.organisationId, table.period, table.revision] }),
    foreignKey({
      columns: [table.organisationId, table.period],
      foreignColumns: [months.organisationId, months.period],
      name: "month_revisions_month_fk",
    }),
  ],
);

/** The draft revision's figures, replaced whole by an upload and cell by cell by the grid. */
export const draftFigures = pgTable(
  "draft_figures",
  {
    organisationId: integer().notNull(),
    period: text().notNull(),
    areaId: integer()
      .notNull()
      .references(() => areas.id),
    indicatorId: text().notNull(),
    breakdown: text().notNull().default(""),
    numerator: doublePrecision(),
    denominator: doublePrecision(),
    value: doublePrecision(),
    note: text(),
  },
  (table) => [
    primaryKey({
      columns: [table.organisationId, table.period, table.areaId, table.indicatorId, table.breakdown],
    }),
    foreignKey({
      columns: [table.organisationId, table.period],
      foreignColumns: [months.organisationId, months.period],
      name: "draft_figures_month_fk",
    }),
    foreignKey({
      columns: [table.organisationId, table.indicatorId],
      foreignColumns: [indicators.organisationId, indicators.id],
      name: "draft_figures_indicator_fk",
    }),
  ],
);

/** The draft revision's commentary, published with its figures. */
export const draftCommentaries = pgTable(
  "draft_commentaries",
  {
    organisationId: integer().notNull(),
    period: text().notNull(),
    indicatorId: text().notNull(),
    body: text().notNull(),
  },
  (table) => [
    primaryKey({ columns: [table.organisationId, table.period, table.indicatorId] }),
    foreignKey({
      columns: [table.organisationId, table.period],
      foreignColumns: [months.organisationId, months.period],
      name: "draft_commentaries_month_fk",
    }),
    foreignKey({
      columns: [table.organisationId, table.indicatorId],
      foreignColumns: [indicators.organisationId, indicators.id],
      name: "draft_commentaries_indicator_fk",
    }),
  ],
);

/** A published revision's figures, kept when a correction replaces them: the month's revision history. */
export const supersededFigures = pgTable(
  "superseded_figures",
  {
    organisationId: integer().notNull(),
    period: text().notNull(),
    revision: integer().notNull(),
    areaId: integer().notNull(),
    indicatorId: text().notNull(),
    breakdown: text().notNull(),
    numerator: doublePrecision(),
    denominator: doublePrecision(),
    value: doublePrecision(),
    source: observationSource().notNull(),
  },
  (table) => [
    primaryKey({
      columns: [
        table.organisationId,
        table.period,
        table.revision,
        table.areaId,
        table.indicatorId,
        table.breakdown,
      ],
    }),
  ],
);

/**
 * An indicator's earlier rating rule, in force for the months before `effectiveUntil`. The
 * indicators row holds the rule in force now; a change from a month adds the rule it replaces here.
 */
export const indicatorRuleVersions = pgTable(
  "indicator_rule_versions",
  {
    organisationId: integer().notNull(),
    indicatorId: text().notNull(),
    /** The first month the later rule applies to: this rule covers the months before it. */
    effectiveUntil: text().notNull(),
    polarity: polarity().notNull(),
    baselineKind: baselineKind().notNull(),
    baselineLabel: text().notNull(),
    baselineMonth: text(),
    tolerance: doublePrecision(),
    trendThreshold: doublePrecision(),
    reason: text().notNull(),
    recordedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [
    primaryKey({ columns: [table.organisationId, table.indicatorId, table.effectiveUntil] }),
    foreignKey({
      columns: [table.organisationId, table.indicatorId],
      foreignColumns: [indicators.organisationId, indicators.id],
      name: "indicator_rule_versions_indicator_fk",
    }),
    check("indicator_rule_versions_until_month", monthCheck("effective_until")),
  ],
);

/**
 * How many committed transactions have changed each scope's data: "organisation:<id>" for one
 * organisation's data, "statistics" for DfE's national statistics. Bumped once per transaction by
 * statement-level triggers (migration 0013), so no write path can forget it; the read cache keys its
 * answers by it. A scope without a row is at version 0.
 */
export const dataVersions = pgTable("data_versions", {
  scope: text().primaryKey(),
  version: bigint({ mode: "number" }).notNull(),
  /** The transaction that last bumped it, so a transaction of many statements bumps it once. */
  transactionId: bigint({ mode: "number" }).notNull(),
});

/**
 * Which area each Annex A "Allocated Team" belongs to (the org admin's table), so a month computed
 * from Annex A has a figure for each area as well as the authority. Teams match ignoring case and
 * repeated spaces (`team_key`, from shared/src/annex-a/compute-figure.ts's teamKey).
 */
export const annexATeamAreas = pgTable(
  "annex_a_team_areas",
  {
    organisationId: integer()
      .notNull()
      .references(() => organisations.id),
    teamKey: text().notNull(),
    /** The team as the org admin wrote it. */
    team: text().notNull(),
    areaId: integer()
      .notNull()
      .references(() => areas.id),
  },
  (table) => [primaryKey({ columns: [table.organisationId, table.teamKey] })],
);

/**
 * What is kept of an Annex A upload: the file's hash and name, the rows read, used and excluded
 * (with the reasons counted), never the child-level rows themselves (personal data).
 */
export const annexAImports = pgTable(
  "annex_a_imports",
  {
    id: serial().primaryKey(),
    organisationId: integer()
      .notNull()
      .references(() => organisations.id),
    period: text().notNull(),
    fileName: text().notNull(),
    /** SHA-256 of the uploaded bytes, hex: which file a figure came from, without keeping the file. */
    fileSha256: text().notNull(),
    extractDate: text().notNull(),
    rowsRead: integer().notNull(),
    rowsExcluded: integer().notNull(),
    /** Excluded rows counted by reason, and warnings counted by kind. */
    exclusionsByReason: jsonb().$type<Record<string, number>>().notNull(),
    warningsByKind: jsonb().$type<Record<string, number>>().notNull(),
    figures: integer().notNull(),
    importedBy: text().notNull(),
    importedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [
    index("annex_a_imports_month").on(table.organisationId, table.period),
    check("annex_a_imports_period_month", monthCheck("period")),
  ],
);

/**
 * The organisation's Annex A settings (org admins). No row, or a null, means the drill-down is not kept:
 * the default, since the child ids behind a figure are personal data.
 */
export const annexASettings = pgTable(
  "annex_a_settings",
  {
    organisationId: integer()
      .primaryKey()
      .references(() => organisations.id),
    /** Days the child ids behind an upload's figures are kept after it; null = not kept at all. */
    retainDrillDownDays: integer(),
  },
  () => [
    check(
      "annex_a_settings_retention_days",
      sql.raw(`retain_drill_down_days BETWEEN 1 AND ${MAX_ANNEX_A_RETENTION_DAYS}`),
    ),
  ],
);

/** One kept figure's children, as the upload's answer gave them (shared/src/annex-a/annex-a-schema.ts). */
export type KeptDrillDownFigure = ComputedFigureResponse;

/**
 * The kept drill-down of an upload: per computed figure, the child ids in its numerator and
 * denominator and the excluded rows with their reason. Written only while the organisation keeps
 * them, never served after `keptUntil`, and deleted then (docs/annex-a.md, "Keeping the drill-down").
 * Not under the row audit trigger: it would copy the child ids into the append-only audit log, which
 * outlives any retention; keeping and deleting are recorded as events instead.
 */
export const annexADrillDowns = pgTable(
  "annex_a_drill_downs",
  {
    importId: integer()
      .notNull()
      .references(() => annexAImports.id),
    organisationId: integer()
      .notNull()
      .references(() => organisations.id),
    indicatorId: text().notNull(),
    areaId: integer()
      .notNull()
      .references(() => areas.id),
    /** The figure as the upload's answer had it, child ids and exclusions included. */
    figure: jsonb().$type<KeptDrillDownFigure>().notNull(),
    keptUntil: timestamp({ withTimezone: true }).notNull(),
  },
  (table) => [
    primaryKey({ columns: [table.importId, table.indicatorId, table.areaId] }),
    foreignKey({
      columns: [table.organisationId, table.indicatorId],
      foreignColumns: [indicators.organisationId, indicators.id],
      name: "annex_a_drill_downs_indicator_fk",
    }),
    index("annex_a_drill_downs_kept_until").on(table.keptUntil),
    index("annex_a_drill_downs_organisation").on(table.organisationId),
  ],
);
