import { inArray } from "drizzle-orm";
import type { DbOrTx } from "./database.ts";
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

/**
 * The current versions, in one indexed lookup: what the read cache checks on every request, so a
 * write committed through another server process is seen at once.
 */
export async function readDataVersions(db: DbOrTx, organisationId: number | null): Promise<DataVersions> {
  const organisation = organisationId === null ? null : organisationScope(organisationId);
  const scopes = organisation === null ? [STATISTICS_SCOPE] : [STATISTICS_SCOPE, organisation];
  const rows = await db
    .select({ scope: dataVersions.scope, version: dataVersions.version })
    .from(dataVersions)
    .where(inArray(dataVersions.scope, scopes));
  const versionOf = (scope: string) => rows.find((row) => row.scope === scope)?.version ?? 0;
  return {
    organisation: organisation === null ? null : versionOf(organisation),
    statistics: versionOf(STATISTICS_SCOPE),
  };
}
