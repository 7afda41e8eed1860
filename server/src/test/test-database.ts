import { type Database, openPglite, openPostgres } from "../db/database.ts";
import { seedDatabase } from "../db/seed.ts";
import { createThrowawayDatabase } from "../db/throwaway-database.ts";

/**
 * The database lanes every database test runs on: in-memory PGlite always, and a real PostgreSQL
 * server when TEST_DATABASE_URL is set (CI sets it). Both run the same committed migrations.
 */
export interface DatabaseLane {
  name: "pglite" | "postgres";
  /** Opens a fresh, migrated, empty database for one test file. */
  open(): Promise<Database>;
}

const testDatabaseUrl = process.env.TEST_DATABASE_URL;

async function openFreshPostgres(serverUrl: string): Promise<Database> {
  // One throwaway database per test file, so files can run in parallel without sharing rows.
  const throwaway = await createThrowawayDatabase(serverUrl, "scorecard_test");
  const database = await openPostgres(throwaway.url);
  return {
    ...database,
    close: async () => {
      await database.close();
      await throwaway.drop();
    },
  };
}

export function databaseLanes(): DatabaseLane[] {
  const lanes: DatabaseLane[] = [{ name: "pglite", open: () => openPglite() }];
  if (testDatabaseUrl) lanes.push({ name: "postgres", open: () => openFreshPostgres(testDatabaseUrl) });
  return lanes;
}

/** A migrated database holding the project's seed, ready for read-only tests. */
export async function openSeededDatabase(lane: DatabaseLane): Promise<Database> {
  const database = await lane.open();
  await database.migrate();
  await seedDatabase(database.db);
  return database;
}
