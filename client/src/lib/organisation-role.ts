import type { SessionResponse } from "@scorecard/shared/auth-schema";
import { type Role, roleAtLeast } from "@scorecard/shared/roles";

/**
 * The signed-in person's role in an organisation, for deciding what to offer on a page. The
 * installation admin counts as an org admin everywhere; the server's permission table is the guard.
 */
export function roleInOrganisation(session: SessionResponse | null | undefined, org: string): Role | null {
  if (!session) return null;
  if (session.user.isInstallationAdmin) return "org_admin";
  return session.memberships.find((membership) => membership.organisation === org)?.role ?? null;
}

export function hasRoleAtLeast(
  session: SessionResponse | null | undefined,
  org: string,
  minimum: Role,
): boolean {
  const role = roleInOrganisation(session, org);
  return role !== null && roleAtLeast(role, minimum);
}
