import { MONTH_STEP_RULES } from "@scorecard/shared/month-cycle";
import { type Role, roleAtLeast, roles } from "@scorecard/shared/roles";
import { isInstallationAdmin, type Principal, roleIn } from "./principal.ts";

/**
 * The minimum a caller needs for a route:
 * - "public": anyone;
 * - "signed-in": a person signed in with a session (API tokens are not people);
 * - "org-read": the organisation's published data: anyone when it is public, else at least viewer;
 * - a role: at least that role in the route's organisation;
 * - "installation-admin": only the installation admin (account flag or installation token).
 * The installation admin passes every check except "signed-in" made with a token.
 */
export type Requirement = "public" | "signed-in" | "org-read" | Role | "installation-admin";

/**
 * Every /api route, by method and Fastify route URL, with its requirement. The auth guard refuses
 * any /api route missing here (and start-up fails), and the authorisation matrix test is generated
 * from this table. HEAD routes follow their GET.
 */
export const permissions: Record<string, Requirement> = {
  "GET /api/health": "public",

  // The API reference.
  "GET /api/docs": "public",
  "GET /api/docs/": "public",
  "GET /api/docs/json": "public",
  "GET /api/docs/yaml": "public",
  "GET /api/docs/static/*": "public",
  "GET /api/docs/static/index.html": "public",
  "GET /api/docs/static/swagger-initializer.js": "public",

  // DfE's published statistics for every LA: public data.
  "GET /api/benchmarks": "public",
  "GET /api/benchmarks/history": "public",
  "GET /api/benchmarks/ranking": "public",
  "GET /api/benchmarks/catalogue": "public",
  "POST /api/admin/statistics": "installation-admin",

  // The default organisation's published scorecard.
  "GET /api/areas": "org-read",
  "GET /api/indicators": "org-read",
  "GET /api/indicators/:id/series": "org-read",
  "GET /api/indicators/:id/targets": "org-read",
  "GET /api/periods": "org-read",
  "GET /api/scorecard": "org-read",

  // Any organisation's published scorecard, by its slug.
  "GET /api/orgs/:org/areas": "org-read",
  "GET /api/orgs/:org/indicators": "org-read",
  "GET /api/orgs/:org/indicators/:id/series": "org-read",
  "GET /api/orgs/:org/indicators/:id/targets": "org-read",
  "GET /api/orgs/:org/periods": "org-read",
  "GET /api/orgs/:org/scorecard": "org-read",
  "GET /api/orgs/:org/months/:period/board-pack.pdf": "org-read",

  // Sessions and the signed-in person's own account.
  "POST /api/session": "public",
  "GET /api/session": "signed-in",
  "DELETE /api/session": "signed-in",
  "PUT /api/session/password": "signed-in",
  "POST /api/password/set": "public",

  // Accounts, organisations, people and tokens.
  "POST /api/users": "installation-admin",
  "GET /api/orgs": "public",
  "POST /api/orgs": "installation-admin",
  "GET /api/orgs/:org/members": "org_admin",
  "POST /api/orgs/:org/members": "org_admin",
  "PUT /api/orgs/:org/members/:email": "org_admin",
  "DELETE /api/orgs/:org/members/:email": "org_admin",
  "GET /api/orgs/:org/tokens": "org_admin",
  "POST /api/orgs/:org/tokens": "org_admin",
  "DELETE /api/orgs/:org/tokens/:id": "org_admin",
  "GET /api/tokens": "installation-admin",
  "POST /api/tokens": "installation-admin",
  "DELETE /api/tokens/:id": "installation-admin",

  // The monthly cycle. Who may take each step comes from the cycle's own rules (shared/src/month-cycle.ts).
  "GET /api/orgs/:org/months": "org-read",
  "GET /api/orgs/:org/months/:period": "editor",
  "GET /api/orgs/:org/months/:period/revisions": "org-read",
  "POST /api/orgs/:org/months/:period": MONTH_STEP_RULES.open.role,
  "POST /api/orgs/:org/months/:period/submit": MONTH_STEP_RULES.submit.role,
  "POST /api/orgs/:org/months/:period/return": MONTH_STEP_RULES.return.role,
  "POST /api/orgs/:org/months/:period/approve": MONTH_STEP_RULES.approve.role,
  "POST /api/orgs/:org/months/:period/publish": MONTH_STEP_RULES.publish.role,
  "POST /api/orgs/:org/months/:period/reopen": MONTH_STEP_RULES.reopen.role,
  "PUT /api/orgs/:org/months/:period/commentary/:indicator": "editor",
  "GET /api/orgs/:org/months/:period/template": "editor",
  "POST /api/orgs/:org/months/:period/figures": "editor",
  "PUT /api/orgs/:org/months/:period/figures": "editor",
  "POST /api/orgs/:org/history": "org_admin",

  // The catalogue's write side: targets, the indicators themselves, and areas.
  "POST /api/orgs/:org/indicators/:id/targets": "approver",
  "PUT /api/orgs/:org/indicators/:id": "org_admin",
  "POST /api/orgs/:org/areas": "org_admin",
  "POST /api/orgs/:org/areas/import": "org_admin",

  // Annex A: the team → area table (org admin), and computing a month's draft from the lists (editor).
  "GET /api/orgs/:org/annex-a/teams": "org_admin",
  "PUT /api/orgs/:org/annex-a/teams": "org_admin",
  "POST /api/orgs/:org/months/:period/annex-a": "editor",
  // Keeping the children behind the figures is the org admin's choice; seeing them, editors and above
  // (viewers and the public never see child-level rows).
  "GET /api/orgs/:org/annex-a/settings": "org_admin",
  "PUT /api/orgs/:org/annex-a/settings": "org_admin",
  "GET /api/orgs/:org/months/:period/annex-a/imports": "editor",
  "GET /api/orgs/:org/months/:period/annex-a/drill-down": "editor",
  "GET /api/orgs/:org/months/:period/annex-a/drill-down.csv": "editor",

  // The audit trail of one organisation.
  "GET /api/orgs/:org/audit": "org_admin",

  // Downloads: each exactly as its JSON route (server/src/routes/api/downloads*.ts).
  ...downloadsOf("GET /api/orgs/:org/scorecard", "org-read"),
  // The compare page is built from the whole authority's scorecard, so its download reads like it.
  ...downloadsOf("GET /api/orgs/:org/compare", "org-read"),
  ...downloadsOf("GET /api/orgs/:org/audit", "org_admin"),
  ...downloadsOf("GET /api/benchmarks/history", "public"),
  ...downloadsOf("GET /api/benchmarks/ranking", "public"),
  ...downloadsOf("GET /api/orgs/:org/indicators/:id/series", "org-read"),
  ...downloadsOf("GET /api/orgs/:org/indicators/:id/targets", "org-read"),
};

/** A table's CSV and Excel downloads, with its JSON route's requirement. */
function downloadsOf(jsonRoute: string, requirement: Requirement): Record<string, Requirement> {
  return { [`${jsonRoute}.csv`]: requirement, [`${jsonRoute}.xlsx`]: requirement };
}

export function routeKey(method: string, url: string): string {
  return `${method === "HEAD" ? "GET" : method} ${url}`;
}

export function requirementFor(method: string, url: string): Requirement | undefined {
  return permissions[routeKey(method, url)];
}

/** Whether a requirement needs the route's organisation to be decided. */
export function needsOrganisation(requirement: Requirement): boolean {
  return requirement === "org-read" || (roles as readonly string[]).includes(requirement);
}

export type Decision = "allow" | "unauthenticated" | "forbidden";

export function decide(
  principal: Principal,
  requirement: Requirement,
  organisation: { id: number; isPublic: boolean } | null,
): Decision {
  const deny: Decision = principal.kind === "anonymous" ? "unauthenticated" : "forbidden";
  if (requirement === "public") return "allow";
  if (requirement === "signed-in") return principal.kind === "user" ? "allow" : deny;
  if (isInstallationAdmin(principal)) return "allow";
  if (requirement === "installation-admin" || !organisation) return deny;
  if (requirement === "org-read" && organisation.isPublic) return "allow";
  const minimum: Role = requirement === "org-read" ? "viewer" : requirement;
  const role = roleIn(principal, organisation.id);
  return role && roleAtLeast(role, minimum) ? "allow" : deny;
}
