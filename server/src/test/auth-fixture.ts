import type { Role } from "@scorecard/shared/roles";
import type { FastifyInstance, FastifyServerOptions } from "fastify";
import { afterAll, beforeAll } from "vitest";
import { newSecret } from "../auth/secrets.ts";
import { createUser } from "../auth/user-service.ts";
import { buildApp } from "../build-app.ts";
import { loadConfig } from "../config.ts";
import type { Database } from "../db/database.ts";
import { localAuthorities, organisations } from "../db/schema.ts";
import { systemActor } from "../db/write-transaction.ts";
import { upsertMembership } from "../repositories/membership-repository.ts";
import type { DatabaseLane } from "./test-database.ts";

export const PASSWORD = "plum-harbour-lantern-7";

/**
 * For auth tests: a migrated database with two organisations ("north", public, and "south",
 * private) and two DfE local authorities to create organisations from, but none of the heavy
 * seed, and the app over it.
 */
export function useAuthApp(lane: DatabaseLane, fastifyOptions: FastifyServerOptions = {}) {
  const context = {} as {
    app: FastifyInstance;
    database: Database;
    organisationIds: { north: number; south: number };
  };
  beforeAll(async () => {
    context.database = await lane.open();
    await context.database.migrate();
    const rows = await context.database.db
      .insert(organisations)
      .values([
        { slug: "north", name: "North", oldLaCode: "901", newLaCode: "E09000901", isPublic: true },
        { slug: "south", name: "South", oldLaCode: "902", newLaCode: "E09000902", isPublic: false },
      ])
      .returning();
    context.organisationIds = { north: rows[0]?.id ?? 0, south: rows[1]?.id ?? 0 };
    await context.database.db.insert(localAuthorities).values([
      {
        code: "330",
        newCode: "E08000025",
        name: "Birmingham",
        regionCode: "E12000005",
        regionName: "West Midlands",
      },
      {
        code: "331",
        newCode: "E08000026",
        name: "Coventry",
        regionCode: "E12000005",
        regionName: "West Midlands",
      },
    ]);
    context.app = await buildApp(
      { config: loadConfig({ LOG_LEVEL: "silent" }), database: context.database },
      fastifyOptions,
    );
  });
  afterAll(async () => {
    await context.app?.close();
    await context.database?.close();
  });
  return context;
}

/** An account with a password and, optionally, a role in an organisation, made directly (no HTTP). */
export async function makeUser(
  database: Database,
  options: { admin?: boolean; organisationId?: number; role?: Role; email?: string } = {},
) {
  const email = options.email ?? `person-${newSecret().slice(0, 10).toLowerCase()}@example.org`;
  const { user } = await createUser(
    database.db,
    systemActor("test"),
    undefined,
    { email, name: email, password: PASSWORD, isInstallationAdmin: options.admin ?? false },
    "",
  );
  if (options.organisationId !== undefined && options.role) {
    await upsertMembership(database.db, options.organisationId, user.id, options.role);
  }
  return user;
}

export interface SignedIn {
  cookie: string;
  csrfToken: string;
  /** Headers for a state-changing request from this session. */
  headers: Record<string, string>;
}

export async function signIn(
  app: FastifyInstance,
  email: string,
  password = PASSWORD,
  remoteAddress?: string,
): Promise<SignedIn> {
  const response = await app.inject({
    method: "POST",
    url: "/api/session",
    payload: { email, password },
    ...(remoteAddress ? { remoteAddress } : {}),
  });
  if (response.statusCode !== 200) throw new Error(`sign-in failed: ${response.statusCode} ${response.body}`);
  const cookie = response.cookies.find((c) => c.name === "scorecard_session");
  if (!cookie) throw new Error("no session cookie");
  const csrfToken = response.json().csrfToken as string;
  const cookieHeader = `scorecard_session=${cookie.value}`;
  return { cookie: cookieHeader, csrfToken, headers: { cookie: cookieHeader, "x-csrf-token": csrfToken } };
}

/** A fresh IP per test keeps the per-IP lockout of one test from touching another. */
let ipCounter = 10;
export const freshIp = () => `10.0.${Math.floor(ipCounter / 250)}.${(ipCounter++ % 250) + 1}`;
