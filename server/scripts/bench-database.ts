import { randomBytes } from "node:crypto";
import pg from "pg";
import { type Database, openPglite, openPostgres } from "../src/db/database.ts";
import { dropDatabase } from "../src/test/test-database.ts";

/**
 * The database a benchmark runs on: a fresh in-memory PGlite, or with `BENCH_DATABASE_URL` a throwaway
 * database created on that PostgreSQL server. `close()` closes it and drops the throwaway database.
 */
export async function openBenchDatabase(): Promise<{
  database: Database;
  label: string;
  close(): Promise<void>;
}> {
  const serverUrl = process.env.BENCH_DATABASE_URL;
  if (!serverUrl) {
    const database = await openPglite();
    return { database, label: "PGlite", close: () => database.close() };
  }
  const name = `scorecard_bench_${randomBytes(4).toString("hex")}`;
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  await admin.query(`create database ${name}`);
  await admin.end();
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  const database = await openPostgres(url.toString());
  return {
    database,
    label: "PostgreSQL",
    close: async () => {
      await database.close();
      await dropDatabase(serverUrl, name);
    },
  };
}
