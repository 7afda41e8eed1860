import type { FastifyInstance } from "fastify";
import { afterAll, beforeAll } from "vitest";
import type { Database } from "../db/database.ts";
import { buildTestApp } from "./test-app.ts";
import { type DatabaseLane, openSeededDatabase } from "./test-database.ts";

/**
 * For a describe block: one seeded database on `lane` and the app over it, opened before the
 * block's tests and closed after. Read `context.app` / `context.database` inside tests.
 */
export function useSeededApp(lane: DatabaseLane, env: Record<string, string> = {}) {
  const context = {} as { app: FastifyInstance; database: Database };
  beforeAll(async () => {
    context.database = await openSeededDatabase(lane);
    context.app = await buildTestApp(context.database, env);
  });
  afterAll(async () => {
    await context.app?.close();
    await context.database?.close();
  });
  return context;
}
