import type { FastifyInstance, FastifyRequest } from "fastify";
import fp from "fastify-plugin";
import type { RequestInfo } from "../../auth/actor.ts";
import { decide, needsOrganisation, requirementFor, routeKey } from "../../auth/permissions.ts";
import { anonymous, type Principal } from "../../auth/principal.ts";
import { secretsEqual } from "../../auth/secrets.ts";
import { resolveSession } from "../../auth/session-service.ts";
import { resolveToken } from "../../auth/token-service.ts";
import { HttpError, NotFoundError } from "../../errors.ts";
import {
  findDefaultOrganisation,
  findOrganisationBySlug,
  type OrganisationRow,
} from "../../repositories/organisation-repository.ts";

declare module "fastify" {
  interface FastifyRequest {
    /** Who is asking; set by the auth guard before any /api handler runs. */
    principal: Principal;
    /** The route's organisation (its :org, or the default one) when its requirement needs one. */
    organisation: OrganisationRow | null;
  }
  interface FastifyInstance {
    /** Every /api route key ("PUT /api/orgs/:org/members/:email") registered, for the permission tests. */
    apiRouteKeys: string[];
  }
}

export const SESSION_COOKIE = "scorecard_session";
const STATE_CHANGING = new Set(["POST", "PUT", "PATCH", "DELETE"]);
/** Signing in has no session yet to take a CSRF token from. */
const CSRF_EXEMPT = new Set(["POST /api/session"]);

const isApiRoute = (url: string) => url === "/api" || url.startsWith("/api/");

/** The organisation an org-read or role route serves, as the guard resolved it before the handler. */
export function servedOrganisation(request: FastifyRequest): OrganisationRow {
  if (!request.organisation) throw new Error(`${request.routeOptions.url} resolved no organisation`);
  return request.organisation;
}

export const requestInfo = (request: FastifyRequest): RequestInfo => ({
  ip: request.ip,
  requestId: request.id,
});

/**
 * The one guard for every /api route: authenticates (bearer token, else session cookie, else
 * anonymous), checks CSRF for cookie sessions, and authorises from the permission table. A route
 * registered without a row in the table stops start-up. Registered before every route (and after
 * cookie and helmet, so refusals carry security headers).
 */
export default fp(
  async (app: FastifyInstance) => {
    app.decorateRequest("principal", null as never);
    app.decorateRequest("organisation", null);

    const apiRouteKeys: string[] = [];
    app.decorate("apiRouteKeys", apiRouteKeys);
    app.addHook("onRoute", (route) => {
      if (!isApiRoute(route.url)) return;
      for (const method of [route.method].flat()) {
        if (method === "OPTIONS") continue;
        apiRouteKeys.push(routeKey(method, route.url));
        if (!requirementFor(method, route.url)) {
          throw new Error(
            `${routeKey(method, route.url)} has no row in the permission table (auth/permissions.ts)`,
          );
        }
      }
    });

    async function authenticate(request: FastifyRequest): Promise<Principal> {
      const authorization = request.headers.authorization;
      if (authorization !== undefined) {
        const secret = /^Bearer (\S+)$/.exec(authorization)?.[1];
        const principal = secret ? await resolveToken(app.db, secret) : null;
        if (!principal)
          throw new HttpError(401, "authorization: the bearer token is not valid or has been revoked");
        return principal;
      }
      const sessionToken = request.cookies[SESSION_COOKIE];
      if (!sessionToken) return anonymous;
      return (await resolveSession(app.db, sessionToken)) ?? anonymous;
    }

    /** From memory on a read when the read cache holds the organisations (kept current by polling). */
    async function findOrganisation(request: FastifyRequest, slug: string | undefined) {
      const held = request.method === "GET" || request.method === "HEAD" ? app.dataVersionWatch : null;
      if (held?.ready) {
        const found = slug
          ? held.organisationBySlug(slug)
          : app.config.DEFAULT_ORG
            ? held.organisationBySlug(app.config.DEFAULT_ORG)
            : held.firstOrganisation();
        if (found) return found;
      }
      return slug
        ? await findOrganisationBySlug(app.db, slug)
        : await findDefaultOrganisation(app.db, app.config.DEFAULT_ORG);
    }

    async function organisationOf(request: FastifyRequest) {
      const slug = (request.params as { org?: string } | undefined)?.org;
      const organisation = await findOrganisation(request, slug);
      if (!organisation) {
        throw new NotFoundError(
          slug
            ? `org: no organisation "${slug}"`
            : app.config.DEFAULT_ORG
              ? `DEFAULT_ORG: no organisation "${app.config.DEFAULT_ORG}"`
              : "No organisation yet",
        );
      }
      return organisation;
    }

    app.addHook("onRequest", async (request, reply) => {
      request.principal = anonymous;
      const url = request.routeOptions.url;
      if (!url || !isApiRoute(url) || request.method === "OPTIONS") return;
      const requirement = requirementFor(request.method, url);
      if (!requirement) throw new HttpError(403, `${routeKey(request.method, url)} is not permitted`);

      const principal = await authenticate(request);
      request.principal = principal;
      if (principal.kind === "anonymous" && request.cookies[SESSION_COOKIE]) {
        reply.clearCookie(SESSION_COOKIE, { path: "/" });
      }
      const key = routeKey(request.method, url);
      if (principal.kind === "user" && STATE_CHANGING.has(request.method) && !CSRF_EXEMPT.has(key)) {
        const given = request.headers["x-csrf-token"];
        if (typeof given !== "string" || !secretsEqual(given, principal.session.csrfToken)) {
          throw new HttpError(403, "x-csrf-token: missing or wrong; send the csrfToken from your session");
        }
      }

      const organisation = needsOrganisation(requirement) ? await organisationOf(request) : null;
      request.organisation = organisation;
      const decision = decide(principal, requirement, organisation);
      if (decision === "unauthenticated") throw new HttpError(401, "Sign in to do this");
      if (decision === "forbidden") throw new HttpError(403, "You do not have permission to do this");
    });
  },
  { name: "auth-guard", dependencies: ["config", "cookie"] },
);
