import { fileURLToPath } from "node:url";
import { PGlite } from "@electric-sql/pglite";
import type { ExtractTablesWithRelations } from "drizzle-orm";
import { sql } from "drizzle-orm";
import { drizzle as drizzlePostgres } from "drizzle-orm/node-postgres";
import { migrate as migratePostgres } from "drizzle-orm/node-postgres/migrator";
import type { PgDatabase, PgQueryResultHKT, PgTransaction } from "drizzle-orm/pg-core";
import { drizzle as drizzlePglite } from "drizzle-orm/pglite";
import { migrate as migratePglite } from "drizzle-orm/pglite/migrator";
import pg from "pg";
import { isDatabaseUnavailableError } from "./connection-errors.ts";
import { lockDataDir } from "./data-dir-lock.ts";
import * as schema from "./schema.ts";

export type Schema = typeof schema;
/** The drizzle API common to PGlite and node-postgres: repositories only see this. */
export type Db = PgDatabase<PgQueryResultHKT, Schema>;
export type Tx = PgTransaction<PgQueryResultHKT, Schema, ExtractTablesWithRelations<Schema>>;
/** A repository accepts either the database or a transaction it should join. */
export type DbOrTx = Db | Tx;

export type DatabaseKind = "pglite" | "postgres";

export interface Database {
  db: Db;
  kind: DatabaseKind;
  /** Applies the committed drizzle-kit migrations (idempotent). */
  migrate(): Promise<void>;
  /** A real round trip: false when the database cannot be reached; other failures still throw. */
  isReachable(): Promise<boolean>;
  close(): Promise<void>;
}

/** Where the database reports trouble it recovers from by itself (a dropped connection). */
export type ConnectionErrorLog = (error: Error, message: string) => void;

const warnOnConsole: ConnectionErrorLog = (error, message) => console.warn(`${message}: ${error.message}`);

/** How long a request waits for a PostgreSQL connection before answering 503. */
export const CONNECT_TIMEOUT_MS = 2_000;

function reachability(db: Db) {
  return async () => {
    try {
      await db.execute(sql`select 1`);
      return true;
    } catch (error) {
      if (isDatabaseUnavailableError(error)) return false;
      throw error;
    }
  };
}

export const migrationsFolder = fileURLToPath(new URL("../../../migrations", import.meta.url));

/**
 * `dataDir` undefined means an in-memory PGlite (tests). A directory is locked for this process
 * first (see data-dir-lock.ts): a second server on it refuses to start instead of corrupting it.
 */
export async function openPglite(dataDir?: string): Promise<Database> {
  const lock = dataDir ? await lockDataDir(dataDir) : undefined;
  let client: PGlite;
  try {
    client = dataDir ? await PGlite.create(dataDir) : await PGlite.create();
  } catch (error) {
    lock?.release();
    throw error;
  }
  const pgliteDb = drizzlePglite({ client, schema, casing: "snake_case" });
  const db = pgliteDb as unknown as Db;
  return {
    db,
    kind: "pglite",
    migrate: () => migratePglite(pgliteDb, { migrationsFolder }),
    isReachable: reachability(db),
    close: async () => {
      try {
        await client.close();
      } finally {
        lock?.release();
      }
    },
  };
}

/**
 * A node-postgres pool that outlives its server: a restart (57P01 on every open connection) is
 * logged, the broken connections are dropped, and requests made while it is down fail within
 * CONNECT_TIMEOUT_MS (the error handler turns that into 503) until it is back. No probe: see
 * openPostgres.
 */
export function createPostgres(url: string, options: { logConnectionError?: ConnectionErrorLog } = {}) {
  const log = options.logConnectionError ?? warnOnConsole;
  const pool = new pg.Pool({
    connectionString: url,
    max: 10,
    connectionTimeoutMillis: CONNECT_TIMEOUT_MS,
    keepAlive: true,
  });
  // An idle connection that dies is removed by the pool, which then emits this: unhandled, it
  // would kill the process.
  pool.on("error", (error) => log(error, "database connection lost while idle"));
  // A checked-out connection (a transaction between statements) has no listener of the pool's,
  // so it gets its own; its next query fails and the pool drops it on release.
  const inUse = new WeakSet<pg.PoolClient>();
  pool.on("acquire", (client) => inUse.add(client));
  pool.on("release", (_error, client) => inUse.delete(client));
  pool.on("connect", (client) => {
    client.on("error", (error) => {
      if (inUse.has(client)) log(error, "database connection lost while in use");
    });
  });
  const postgresDb = drizzlePostgres({ client: pool, schema, casing: "snake_case" });
  const db = postgresDb as unknown as Db;
  const database: Database = {
    db,
    kind: "postgres",
    migrate: () => migratePostgres(postgresDb, { migrationsFolder }),
    isReachable: reachability(db),
    close: () => pool.end(),
  };
  return { database, pool };
}

/** createPostgres, then one connection so that a wrong URL stops start-up with the server's own message. */
export async function openPostgres(
  url: string,
  options: { logConnectionError?: ConnectionErrorLog } = {},
): Promise<Database> {
  const { database, pool } = createPostgres(url, options);
  try {
    const probe = await pool.connect();
    probe.release();
  } catch (error) {
    await pool.end();
    throw error;
  }
  return database;
}

export function openDatabase(options: {
  databaseUrl?: string | undefined;
  dataDir: string;
  logConnectionError?: ConnectionErrorLog;
}): Promise<Database> {
  return options.databaseUrl
    ? openPostgres(options.databaseUrl, { logConnectionError: options.logConnectionError })
    : openPglite(options.dataDir);
}
