import { loadConfig } from "../config.ts";
import { type Database, openDatabase } from "../db/database.ts";
import { seedIfEmpty } from "../db/seed.ts";

/** The configured database (DATA_DIR or DATABASE_URL), migrated and seeded, for an operator command. */
export async function openCliDatabase(): Promise<Database & { defaultOrg: string | undefined }> {
  const config = loadConfig(process.env);
  const database = await openDatabase({ databaseUrl: config.DATABASE_URL, dataDir: config.DATA_DIR });
  await database.migrate();
  await seedIfEmpty(database.db);
  return { ...database, defaultOrg: config.DEFAULT_ORG };
}

/** `pnpm run x -- --flag` passes the `--` through; options come after it. */
export const cliArguments = (argv: string[]) => (argv[0] === "--" ? argv.slice(1) : argv);
