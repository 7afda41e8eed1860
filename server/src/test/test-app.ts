import { buildApp } from "../build-app.ts";
import { loadConfig } from "../config.ts";
import type { Database } from "../db/database.ts";

/** The real app on a given database, quiet, for `app.inject` tests. */
export function buildTestApp(database: Database, env: Record<string, string> = {}) {
  return buildApp({ config: loadConfig({ LOG_LEVEL: "silent", ...env }), database });
}
