import { randomBytes } from "node:crypto";
import pg from "pg";
import { type Database, openPglite, openPostgres } from "../db/database.ts";
import { seedDatabase } from "../db/seed.ts";

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
  const name = `scorecard_test_${randomBytes(6).toString("hex")}`;
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  await admin.query(`create database ${name}`);
  await admin.end();
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  const database = await openPostgres(url.toString());
  return {
    ...database,
    close: async () => {
      await database.close();
      await dropDatabase(serverUrl, name);
    },
  };
}

/**
 * Drops a throwaway database. A background worker (autovacuum) can still hold it for a moment, and
 * a role without superuser may not end it: retry briefly, then leave it rather than fail a test.
 */
export async function dropDatabase(serverUrl: string, name: string) {
  const client = new pg.Client({ connectionString: serverUrl });
  await client.connect();
  try {
    for (let attempt = 0; attempt < 10; attempt++) {
      try {
        await client.query(`drop database if exists ${name}`);
        return;
      } catch {
        await new Promise((resolve) => setTimeout(resolve, 200));
      }
    }
    console.warn(`could not drop the throwaway database ${name}; drop it by hand`);
  } finally {
    await client.end();
  }
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
