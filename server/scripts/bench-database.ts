import { type Database, openPglite, openPostgres } from "../src/db/database.ts";
import { createThrowawayDatabase } from "../src/db/throwaway-database.ts";

/**
 * The database a benchmark runs on: a fresh in-memory PGlite, or with `BENCH_DATABASE_URL` a throwaway
 * database created on that PostgreSQL server (or the one given). `close()` closes it and drops the
 * throwaway database.
 */
export async function openBenchDatabase(serverUrl = process.env.BENCH_DATABASE_URL): Promise<{
  database: Database;
  label: string;
  close(): Promise<void>;
}> {
  if (!serverUrl) {
    const database = await openPglite();
    return { database, label: "PGlite", close: () => database.close() };
  }
  const throwaway = await createThrowawayDatabase(serverUrl, "scorecard_bench");
  const database = await openPostgres(throwaway.url);
  return {
    database,
    label: "PostgreSQL",
    close: async () => {
      await database.close();
      await throwaway.drop();
    },
  };
}
