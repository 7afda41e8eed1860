import { asc } from "drizzle-orm";
import { organisationScope, STATISTICS_SCOPE } from "../db/data-versions.ts";
import type { Db } from "../db/database.ts";
import { dataVersions, organisations } from "../db/schema.ts";
import type { OrganisationRow } from "../repositories/organisation-repository.ts";

/**
 * The data versions and the organisations, held in memory so a cached read needs no query at all.
 * Kept current by `refresh()`: polled (so a write through another server process on the same
 * PostgreSQL is seen within one interval) and called after every write through this process (so
 * the next read here is fresh at once). The organisations are reloaded whenever a version moves,
 * which covers their own changes (the organisations table bumps its organisation's version).
 */
export class DataVersionWatch {
  private versions = new Map<string, number>();
  private bySlug = new Map<string, OrganisationRow>();
  private firstCreated: OrganisationRow | undefined;
  private running: Promise<void> | null = null;
  private queued: Promise<void> | null = null;
  private loaded = false;

  constructor(private readonly db: Db) {}

  /** Whether a refresh has succeeded yet: before then nothing is answered from memory. */
  get ready(): boolean {
    return this.loaded;
  }

  /** "organisation.statistics", the versions a cached answer for this organisation depends on. */
  versionsKey(organisationId: number | null): string {
    const organisation =
      organisationId === null ? "-" : String(this.versions.get(organisationScope(organisationId)) ?? 0);
    return `${organisation}.${this.versions.get(STATISTICS_SCOPE) ?? 0}`;
  }

  organisationBySlug(slug: string): OrganisationRow | undefined {
    return this.bySlug.get(slug);
  }

  /** The first organisation created: the unscoped routes' default when DEFAULT_ORG is not set. */
  firstOrganisation(): OrganisationRow | undefined {
    return this.firstCreated;
  }

  /**
   * Reads the versions (and the organisations when they moved). A call while one is running waits
   * for a fresh one after it, so a caller that has just committed always sees its own write.
   */
  refresh(): Promise<void> {
    if (this.queued) return this.queued;
    if (this.running) {
      this.queued = this.running.then(
        () => this.startRun(),
        () => this.startRun(),
      );
      return this.queued;
    }
    return this.startRun();
  }

  private startRun(): Promise<void> {
    this.queued = null;
    const run = this.load().finally(() => {
      if (this.running === run) this.running = null;
    });
    this.running = run;
    return run;
  }

  private async load(): Promise<void> {
    const rows = await this.db
      .select({ scope: dataVersions.scope, version: dataVersions.version })
      .from(dataVersions);
    const next = new Map(rows.map((row) => [row.scope, row.version]));
    const moved =
      !this.loaded ||
      next.size !== this.versions.size ||
      [...next].some(([scope, version]) => this.versions.get(scope) !== version);
    if (moved) {
      // Organisations first: a version is only published once what it describes is in memory too.
      const rowsNow = await this.db.select().from(organisations).orderBy(asc(organisations.id));
      this.bySlug = new Map(rowsNow.map((row) => [row.slug, row]));
      this.firstCreated = rowsNow[0];
    }
    this.versions = next;
    this.loaded = true;
  }
}
