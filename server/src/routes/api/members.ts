import { errorResponseSchema } from "@scorecard/shared/api-schema";
import {
  memberInvitedResponseSchema,
  memberInviteRequestSchema,
  memberParamsSchema,
  memberPutRequestSchema,
  memberSchema,
  membersResponseSchema,
  orgParamsSchema,
} from "@scorecard/shared/auth-schema";
import type { FastifyRequest } from "fastify";
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import { actorOf, writeContext } from "../../auth/actor.ts";
import { inviteMember, membersOf, putMember, removeMember } from "../../auth/member-service.ts";
import { requestInfo } from "../../plugins/app/auth-guard.ts";

const errors = {
  400: errorResponseSchema,
  401: errorResponseSchema,
  403: errorResponseSchema,
  404: errorResponseSchema,
  409: errorResponseSchema,
};

/** The guard resolved the route's organisation (its requirement is a role); writes are audited against it. */
function organisationContext(request: FastifyRequest) {
  const organisation = request.organisation;
  if (!organisation) throw new Error("auth guard did not resolve the organisation");
  return {
    ...writeContext(actorOf(request.principal), requestInfo(request), organisation.id),
    organisationId: organisation.id,
  };
}

const memberRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    "/orgs/:org/members",
    {
      schema: {
        tags: ["people"],
        summary: "The organisation's people and their roles",
        params: orgParamsSchema,
        response: { 200: membersResponseSchema, ...errors },
      },
    },
    (request) => membersOf(app.db, organisationContext(request).organisationId),
  );

  app.post(
    "/orgs/:org/members",
    {
      schema: {
        tags: ["people"],
        summary:
          "Invite a person: an existing account gets the role; a new one is created with a one-time set-password link",
        params: orgParamsSchema,
        body: memberInviteRequestSchema,
        response: { 201: memberInvitedResponseSchema, 422: errorResponseSchema, ...errors },
      },
    },
    async (request, reply) => {
      // The link points at the address the admin used, so it works behind the same proxy.
      const linkBase = `${request.protocol}://${request.host}`;
      const invited = await inviteMember(app.db, organisationContext(request), request.body, linkBase);
      return reply.status(201).send(invited);
    },
  );

  app.put(
    "/orgs/:org/members/:email",
    {
      schema: {
        tags: ["people"],
        summary: "Give an existing account a role in the organisation (adds or changes it)",
        params: memberParamsSchema,
        body: memberPutRequestSchema,
        response: { 200: memberSchema, ...errors },
      },
    },
    (request) => putMember(app.db, organisationContext(request), request.params.email, request.body.role),
  );

  app.delete(
    "/orgs/:org/members/:email",
    {
      schema: {
        tags: ["people"],
        summary: "Remove a person from the organisation (not its last org admin)",
        params: memberParamsSchema,
        response: { 204: z.null(), ...errors },
      },
    },
    async (request, reply) => {
      await removeMember(app.db, organisationContext(request), request.params.email);
      return reply.status(204).send(null);
    },
  );
};

export default memberRoutes;
