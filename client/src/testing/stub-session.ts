import type { Organisation, SessionResponse } from "@scorecard/shared/auth-schema";

export const json = (body: unknown, status = 200, headers: Record<string, string> = {}) =>
  new Response(status === 204 ? null : JSON.stringify(body), {
    status,
    headers: { "content-type": "application/json", ...headers },
  });

export const birmingham: Organisation = {
  slug: "birmingham",
  name: "Birmingham City Council",
  laCode: "330",
  newLaCode: "E08000025",
  regionCode: "E12000005",
  regionName: "West Midlands",
  isPublic: true,
  isDefault: true,
};

export const coventry: Organisation = {
  slug: "coventry",
  name: "Coventry City Council",
  laCode: "331",
  newLaCode: "E08000026",
  regionCode: "E12000005",
  regionName: "West Midlands",
  isPublic: true,
  isDefault: false,
};

export const signedInSession: SessionResponse = {
  user: { id: 7, email: "ada@example.gov.uk", name: "Ada Lovelace", isInstallationAdmin: false },
  memberships: [
    { organisation: "birmingham", organisationName: "Birmingham City Council", role: "approver" },
  ],
  csrfToken: "csrf-token-for-tests",
};

/**
 * The answers every page needs from the account side of the API: the organisations the reader can
 * see, and who is signed in (nobody unless `session` is given). Null for any other address.
 */
export function sessionAnswer(
  url: URL,
  {
    organisations = [birmingham],
    session = null,
  }: { organisations?: Organisation[]; session?: SessionResponse | null } = {},
): Response | null {
  if (url.pathname === "/api/orgs") return json(organisations);
  if (url.pathname === "/api/session") {
    return session
      ? json(session)
      : json({ statusCode: 401, error: "Unauthorized", message: "Sign in to do this" }, 401);
  }
  return null;
}
