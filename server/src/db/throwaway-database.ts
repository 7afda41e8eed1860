import { randomBytes } from "node:crypto";
import pg from "pg";

/**
 * Creates an empty database with a random name on a PostgreSQL server, for one test file or one
 * benchmark run, so runs never share rows. Returns its URL and how to drop it afterwards.
 */
export async function createThrowawayDatabase(
  serverUrl: string,
  prefix: string,
): Promise<{ name: string; url: string; drop(): Promise<void> }> {
  const name = `${prefix}_${randomBytes(6).toString("hex")}`;
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  try {
    await admin.query(`create database ${name}`);
  } finally {
    await admin.end();
  }
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return { name, url: url.toString(), drop: () => dropDatabase(serverUrl, name) };
}

/**
 * Drops a throwaway database. A background worker (autovacuum) can still hold it for a moment, and
 * a role without superuser may not end it: retry briefly, then leave it rather than fail a run.
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
