import { eq, or, sql } from "drizzle-orm";
import type { Db } from "./database.ts";
import { dataVersions } from "./schema.ts";

/** The data_versions scope of one organisation's data. */
export const organisationScope = (organisationId: number) => `organisation:${organisationId}`;
/** The data_versions scope of DfE's national statistics, shared by every organisation. */
export const STATISTICS_SCOPE = "statistics";

export interface DataVersions {
  /** null when the read serves no organisation (the national benchmarks). */
  organisation: number | null;
  statistics: number;
}

function versionsQuery(db: Db) {
  return db
    .select({ scope: dataVersions.scope, version: dataVersions.version })
    .from(dataVersions)
    .where(
      or(eq(dataVersions.scope, STATISTICS_SCOPE), eq(dataVersions.scope, sql.placeholder("organisation"))),
    )
    .prepare("read_data_versions");
}

// Prepared once per database: the lookup runs on every cached read, so it skips planning each time.
const prepared = new WeakMap<Db, ReturnType<typeof versionsQuery>>();

/**
 * The current versions, in one indexed lookup: what the read cache checks on every request, so a
 * write committed through another server process is seen at once.
 */
export async function readDataVersions(db: Db, organisationId: number | null): Promise<DataVersions> {
  let query = prepared.get(db);
  if (!query) {
    query = versionsQuery(db);
    prepared.set(db, query);
  }
  const organisation = organisationId === null ? null : organisationScope(organisationId);
  const rows = await query.execute({ organisation: organisation ?? STATISTICS_SCOPE });
  const versionOf = (scope: string) => rows.find((row) => row.scope === scope)?.version ?? 0;
  return {
    organisation: organisation === null ? null : versionOf(organisation),
    statistics: versionOf(STATISTICS_SCOPE),
  };
}
