import type { Role } from "@scorecard/shared/roles";
import { eq } from "drizzle-orm";
import type { FastifyInstance } from "fastify";
import type { Database } from "../db/database.ts";
import { organisations } from "../db/schema.ts";
import { makeUser, type SignedIn, signIn } from "./auth-fixture.ts";

/**
 * Signed-in people of one organisation for route tests, made once per name: `as("approver",
 * "approver")` returns the same session each time it is asked for that name.
 */
export function organisationPeople(context: { app: FastifyInstance; database: Database }, slug: string) {
  const people = new Map<string, SignedIn & { email: string }>();
  return async function as(name: string, role: Role): Promise<SignedIn & { email: string }> {
    const existing = people.get(name);
    if (existing) return existing;
    const [organisation] = await context.database.db
      .select()
      .from(organisations)
      .where(eq(organisations.slug, slug));
    if (!organisation) throw new Error(`no organisation "${slug}"`);
    const email = `${name}@${slug}.example.org`;
    await makeUser(context.database, { organisationId: organisation.id, role, email });
    const session = { ...(await signIn(context.app, email)), email };
    people.set(name, session);
    return session;
  };
}
