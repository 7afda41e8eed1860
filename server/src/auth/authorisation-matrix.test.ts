import type { Role } from "@scorecard/shared/roles";
import { eq } from "drizzle-orm";
import Fastify from "fastify";
import { describe, expect, it } from "vitest";
import { loadConfig } from "../config.ts";
import { organisations } from "../db/schema.ts";
import authGuard from "../plugins/app/auth-guard.ts";
import configPlugin from "../plugins/external/config.ts";
import cookie from "../plugins/external/cookie.ts";
import { makeUser, signIn, useAuthApp } from "../test/auth-fixture.ts";
import { databaseLanes } from "../test/test-database.ts";
import { permissions, type Requirement } from "./permissions.ts";

/** The callers of the matrix, each against the organisation "north". */
const callers = [
  "anonymous",
  "viewer",
  "editor",
  "approver",
  "other org admin",
  "org admin",
  "installation admin",
] as const;
type Caller = (typeof callers)[number];
const roleOf: Partial<Record<Caller, Role>> = {
  viewer: "viewer",
  editor: "editor",
  approver: "approver",
  "org admin": "org_admin",
};
const rank: Role[] = ["viewer", "editor", "approver", "org_admin"];

/** What the table promises, worked out here independently of the guard's own decision code. */
function expected(requirement: Requirement, caller: Caller): "allowed" | 401 | 403 {
  if (requirement === "public") return "allowed";
  if (caller === "anonymous") return 401;
  if (requirement === "signed-in" || caller === "installation admin") return "allowed";
  if (requirement === "installation-admin") return 403;
  const role = roleOf[caller];
  const minimum: Role = requirement === "org-read" ? "viewer" : requirement;
  return role && rank.indexOf(role) >= rank.indexOf(minimum) ? "allowed" : 403;
}

const sampleUrl = (url: string) =>
  url
    .replace(":org", "north")
    .replace(":email", "nobody@example.org")
    .replace(":id", "999999")
    .replace(":period", "2030-01")
    .replace(":indicator", "re-referrals");

const stateChanging = Object.entries(permissions)
  .map(([key, requirement]) => {
    const [method = "", url = ""] = key.split(" ");
    return { key, method, url, requirement };
  })
  .filter((route) => route.method !== "GET");

describe.each(databaseLanes())("the authorisation matrix on $name", (lane) => {
  const context = useAuthApp(lane);

  async function headersFor(caller: Caller): Promise<Record<string, string>> {
    if (caller === "anonymous") return {};
    const { north, south } = context.organisationIds;
    const user =
      caller === "installation admin"
        ? await makeUser(context.database, { admin: true })
        : caller === "other org admin"
          ? await makeUser(context.database, { organisationId: south, role: "org_admin" })
          : await makeUser(context.database, { organisationId: north, role: roleOf[caller] as Role });
    return (await signIn(context.app, user.email)).headers;
  }

  const cases = stateChanging.flatMap((route) => callers.map((caller) => ({ ...route, caller })));
  it.each(cases)("$key as $caller", async ({ method, url, requirement, caller }) => {
    const response = await context.app.inject({
      method: method as "POST",
      url: sampleUrl(url),
      headers: { ...(await headersFor(caller)), "content-type": "application/json" },
      payload: "{}",
    });
    const want = expected(requirement, caller);
    if (want === "allowed") {
      expect([401, 403], response.body).not.toContain(response.statusCode);
      expect(response.statusCode, response.body).toBeLessThan(500);
    } else {
      expect(response.statusCode, response.body).toBe(want);
    }
  });

  it("has a row for every /api route registered, and no row for a route that does not exist", () => {
    const registered = new Set(context.app.apiRouteKeys);
    for (const key of registered) expect(permissions, key).toHaveProperty([key]);
    for (const key of Object.keys(permissions)) expect(registered.has(key), key).toBe(true);
  });

  it("reads a private organisation's data only with a role there", async () => {
    const { north } = context.organisationIds;
    await context.database.db
      .update(organisations)
      .set({ isPublic: false })
      .where(eq(organisations.id, north));
    // Written in SQL, not through the API: the read cache sees it at its next poll, or now.
    await context.app.dataVersionWatch?.refresh();
    try {
      const read = async (caller: Caller) =>
        (
          await context.app.inject({
            method: "GET",
            url: "/api/indicators",
            headers: await headersFor(caller),
          })
        ).statusCode;
      expect(await read("anonymous")).toBe(401);
      expect(await read("other org admin")).toBe(403);
      expect(await read("viewer")).toBe(200);
      expect(await read("installation admin")).toBe(200);
    } finally {
      await context.database.db
        .update(organisations)
        .set({ isPublic: true })
        .where(eq(organisations.id, north));
      await context.app.dataVersionWatch?.refresh();
    }
    expect((await context.app.inject({ method: "GET", url: "/api/indicators" })).statusCode).toBe(200);
  });
});

describe("a route missing from the permission table", () => {
  it("stops start-up, naming the route", async () => {
    const app = Fastify();
    await app.register(configPlugin, { config: loadConfig({}) });
    await app.register(cookie);
    await app.register(authGuard);
    await expect(
      app.register(async (scope) => {
        scope.post("/api/forgotten", () => "ok");
      }),
    ).rejects.toThrow(/POST \/api\/forgotten has no row in the permission table/);
    await app.close();
  });
});
