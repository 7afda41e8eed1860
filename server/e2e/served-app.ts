import type { FastifyInstance } from "fastify";
import type { Database } from "../src/db/database.ts";
import { buildTestApp } from "../src/test/test-app.ts";
import { databaseLanes, openSeededDatabase } from "../src/test/test-database.ts";

export interface ServedApp {
  url: string;
  /** The served database, for a test to set up what it needs (an account) through the server's own code. */
  database: Database;
  close(): Promise<void>;
}

/** The real server, with the built client, listening on a free port over a seeded PGlite database. */
export async function serveApp(): Promise<ServedApp> {
  const [pglite] = databaseLanes();
  if (!pglite) throw new Error("no PGlite lane");
  const database: Database = await openSeededDatabase(pglite);
  const app: FastifyInstance = await buildTestApp(database);
  const address = await app.listen({ port: 0, host: "127.0.0.1" });
  return {
    url: address,
    database,
    close: async () => {
      await app.close();
      await database.close();
    },
  };
}
