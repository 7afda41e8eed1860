import { errorResponseSchema } from "@scorecard/shared/api-schema";
import {
  passwordChangeRequestSchema,
  passwordSetRequestSchema,
  sessionResponseSchema,
  signInRequestSchema,
} from "@scorecard/shared/auth-schema";
import type { FastifyReply, FastifyRequest } from "fastify";
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import type { Principal } from "../../auth/principal.ts";
import { changePassword, SESSION_ABSOLUTE_MS, signIn, signOut } from "../../auth/session-service.ts";
import { setPasswordWithToken } from "../../auth/user-service.ts";
import { HttpError } from "../../errors.ts";
import { requestInfo, SESSION_COOKIE } from "../../plugins/app/auth-guard.ts";

type UserPrincipal = Extract<Principal, { kind: "user" }>;

/** The permission table lets only signed-in people (kind "user") reach the routes that call this. */
function signedIn(request: FastifyRequest): UserPrincipal {
  if (request.principal.kind !== "user") throw new HttpError(401, "Sign in to do this");
  return request.principal;
}

const sessionBody = (principal: UserPrincipal) => ({
  user: principal.user,
  memberships: principal.memberships.map((m) => ({
    organisation: m.slug,
    organisationName: m.name,
    role: m.role,
  })),
  csrfToken: principal.session.csrfToken,
});

function setSessionCookie(request: FastifyRequest, reply: FastifyReply, token: string) {
  reply.setCookie(SESSION_COOKIE, token, {
    httpOnly: true,
    sameSite: "lax",
    path: "/",
    secure: request.protocol === "https",
    maxAge: SESSION_ABSOLUTE_MS / 1000,
  });
}

const errors = { 400: errorResponseSchema, 401: errorResponseSchema, 403: errorResponseSchema };
const SIGN_IN_FAILED = "The email or password is not right";

const sessionRoutes: FastifyPluginAsyncZod = async (app) => {
  app.post(
    "/session",
    {
      schema: {
        tags: ["session"],
        summary:
          "Sign in: sets an HttpOnly session cookie and answers the account, memberships and CSRF token",
        body: signInRequestSchema,
        response: { 200: sessionResponseSchema, ...errors, 429: errorResponseSchema },
      },
    },
    async (request, reply) => {
      const result = await signIn(
        app.db,
        request.body,
        requestInfo(request),
        request.cookies[SESSION_COOKIE],
      );
      if (result.kind === "locked") {
        reply.header("retry-after", String(result.retryAfterSeconds));
        throw new HttpError(
          429,
          `Too many failed sign-ins: try again in ${Math.ceil(result.retryAfterSeconds / 60)} minutes`,
        );
      }
      if (result.kind === "failed") throw new HttpError(401, SIGN_IN_FAILED);
      setSessionCookie(request, reply, result.token);
      return sessionBody(result.principal);
    },
  );

  app.get(
    "/session",
    {
      schema: {
        tags: ["session"],
        summary: "The signed-in account, its memberships and CSRF token; 401 when not signed in",
        response: { 200: sessionResponseSchema, 401: errorResponseSchema },
      },
    },
    (request) => sessionBody(signedIn(request)),
  );

  app.delete(
    "/session",
    {
      schema: {
        tags: ["session"],
        summary: "Sign out: ends the session on the server and clears the cookie",
        response: { 204: z.null(), ...errors },
      },
    },
    async (request, reply) => {
      await signOut(app.db, signedIn(request), requestInfo(request));
      reply.clearCookie(SESSION_COOKIE, { path: "/" });
      return reply.status(204).send(null);
    },
  );

  app.put(
    "/session/password",
    {
      schema: {
        tags: ["session"],
        summary: "Change your password (ends your other sessions)",
        body: passwordChangeRequestSchema,
        response: { 204: z.null(), ...errors, 422: errorResponseSchema },
      },
    },
    async (request, reply) => {
      await changePassword(app.db, signedIn(request), request.body, requestInfo(request));
      return reply.status(204).send(null);
    },
  );

  app.post(
    "/password/set",
    {
      schema: {
        tags: ["session"],
        summary: "Choose a password with a one-time set-password link's token",
        body: passwordSetRequestSchema,
        response: { 204: z.null(), ...errors, 422: errorResponseSchema },
      },
    },
    async (request, reply) => {
      await setPasswordWithToken(app.db, request.body, requestInfo(request));
      return reply.status(204).send(null);
    },
  );
};

export default sessionRoutes;
