import { errorResponseSchema } from "@scorecard/shared/api-schema";
import {
  apiTokenCreatedResponseSchema,
  apiTokensResponseSchema,
  installationTokenCreateRequestSchema,
  orgParamsSchema,
  orgTokenParamsSchema,
  tokenCreateRequestSchema,
  tokenParamsSchema,
} from "@scorecard/shared/auth-schema";
import type { FastifyRequest } from "fastify";
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import { actorOf, writeContext } from "../../auth/actor.ts";
import { createToken, revokeToken, tokensOf } from "../../auth/token-service.ts";
import { requestInfo } from "../../plugins/app/auth-guard.ts";

const errors = {
  400: errorResponseSchema,
  401: errorResponseSchema,
  403: errorResponseSchema,
  404: errorResponseSchema,
};

function contextFor(request: FastifyRequest, organisationId: number | null) {
  return writeContext(actorOf(request.principal), requestInfo(request), organisationId);
}
function organisationId(request: FastifyRequest) {
  if (!request.organisation) throw new Error("auth guard did not resolve the organisation");
  return request.organisation.id;
}
const creatorId = (request: FastifyRequest) =>
  request.principal.kind === "user" ? request.principal.user.id : null;

/** API tokens: organisation tokens (org admin) and installation tokens (installation admin). Secrets are shown once. */
const tokenRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    "/orgs/:org/tokens",
    {
      schema: {
        tags: ["tokens"],
        summary: "The organisation's API tokens (never their secrets)",
        params: orgParamsSchema,
        response: { 200: apiTokensResponseSchema, ...errors },
      },
    },
    (request) => tokensOf(app.db, organisationId(request)),
  );

  app.post(
    "/orgs/:org/tokens",
    {
      schema: {
        tags: ["tokens"],
        summary:
          "Create a named API token with a role in the organisation; the secret is in this answer only",
        params: orgParamsSchema,
        body: tokenCreateRequestSchema,
        response: { 201: apiTokenCreatedResponseSchema, ...errors },
      },
    },
    async (request, reply) => {
      const context = contextFor(request, organisationId(request));
      return reply.status(201).send(await createToken(app.db, context, request.body, creatorId(request)));
    },
  );

  app.delete(
    "/orgs/:org/tokens/:id",
    {
      schema: {
        tags: ["tokens"],
        summary: "Revoke one of the organisation's API tokens",
        params: orgTokenParamsSchema,
        response: { 204: z.null(), ...errors },
      },
    },
    async (request, reply) => {
      await revokeToken(app.db, contextFor(request, organisationId(request)), request.params.id);
      return reply.status(204).send(null);
    },
  );

  app.get(
    "/tokens",
    {
      schema: {
        tags: ["tokens"],
        summary: "Installation tokens (never their secrets)",
        response: { 200: apiTokensResponseSchema, ...errors },
      },
    },
    () => tokensOf(app.db, null),
  );

  app.post(
    "/tokens",
    {
      schema: {
        tags: ["tokens"],
        summary:
          "Create an installation token, which acts as installation admin; the secret is in this answer only",
        body: installationTokenCreateRequestSchema,
        response: { 201: apiTokenCreatedResponseSchema, ...errors },
      },
    },
    async (request, reply) => {
      const token = await createToken(
        app.db,
        contextFor(request, null),
        { name: request.body.name, role: null },
        creatorId(request),
      );
      return reply.status(201).send(token);
    },
  );

  app.delete(
    "/tokens/:id",
    {
      schema: {
        tags: ["tokens"],
        summary: "Revoke an installation token",
        params: tokenParamsSchema,
        response: { 204: z.null(), ...errors },
      },
    },
    async (request, reply) => {
      await revokeToken(app.db, contextFor(request, null), request.params.id);
      return reply.status(204).send(null);
    },
  );
};

export default tokenRoutes;
