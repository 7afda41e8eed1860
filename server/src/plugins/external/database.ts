import type { FastifyInstance } from "fastify";
import fp from "fastify-plugin";
import type { Database, DatabaseKind, Db } from "../../db/database.ts";
import { openDatabase } from "../../db/database.ts";
import { seedIfEmpty } from "../../db/seed.ts";

declare module "fastify" {
  interface FastifyInstance {
    db: Db;
    databaseKind: DatabaseKind;
    /** A round trip to the database: false while it cannot be reached. */
    isDatabaseReachable: () => Promise<boolean>;
  }
}

export interface DatabasePluginOptions {
  /** A database opened by the caller (tests share one per file); the app then neither migrates nor closes it. */
  database?: Database | undefined;
}

/** Opens PGlite or PostgreSQL, applies migrations, seeds an empty database, closes on shutdown. */
export default fp<DatabasePluginOptions>(
  async (app: FastifyInstance, options) => {
    let database = options.database;
    if (!database) {
      database = await openDatabase({
        databaseUrl: app.config.DATABASE_URL,
        dataDir: app.config.DATA_DIR,
        logConnectionError: (err, message) => app.log.warn({ err }, message),
      });
      const opened = database;
      app.addHook("onClose", () => opened.close());
      await database.migrate();
      const seeded = await seedIfEmpty(database.db);
      app.log.info({ database: database.kind, seeded }, "database ready");
    }
    app.decorate("db", database.db);
    app.decorate("databaseKind", database.kind);
    app.decorate("isDatabaseReachable", database.isReachable);
  },
  { name: "database", dependencies: ["config"] },
);
