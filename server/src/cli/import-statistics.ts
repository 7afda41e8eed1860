import { readFile } from "node:fs/promises";
import { basename, resolve } from "node:path";
import { ConfigError, loadConfig } from "../config.ts";
import { openDatabase } from "../db/database.ts";
import { seedIfEmpty } from "../db/seed.ts";
import { importStatisticsFile } from "../dfe-benchmarks/import-service.ts";
import { HttpError } from "../errors.ts";

/**
 * `pnpm --filter @scorecard/server import:statistics <file.csv>...` — imports DfE Explore Education
 * Statistics files into the configured database (DATA_DIR or DATABASE_URL), one transaction per file.
 * Stops at the first rejected file, naming its line and column; files before it stay imported.
 */
async function main(paths: string[]) {
  if (paths.length === 0) {
    console.error("usage: pnpm --filter @scorecard/server import:statistics <file.csv> [more.csv ...]");
    return 2;
  }
  const config = loadConfig(process.env);
  const database = await openDatabase({ databaseUrl: config.DATABASE_URL, dataDir: config.DATA_DIR });
  try {
    await database.migrate();
    await seedIfEmpty(database.db);
    for (const path of paths) {
      const absolute = resolve(process.env.INIT_CWD ?? process.cwd(), path);
      const text = await readFile(absolute, "utf8");
      const result = await importStatisticsFile(database.db, { fileName: basename(absolute), text });
      console.log(
        `${result.file}: ${result.status}, ${result.rows} rows (${result.kind}: ${result.measures.join(", ")})`,
      );
    }
    return 0;
  } finally {
    await database.close();
  }
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: unknown) => {
    const known = error instanceof HttpError || error instanceof ConfigError;
    console.error(known ? error.message : error);
    process.exit(1);
  },
);
