import { errorResponseSchema } from "@scorecard/shared/api-schema";
import { userCreateRequestSchema, userCreateResponseSchema } from "@scorecard/shared/auth-schema";
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { actorOf } from "../../auth/actor.ts";
import { createUser } from "../../auth/user-service.ts";
import { requestInfo } from "../../plugins/app/auth-guard.ts";

const userRoutes: FastifyPluginAsyncZod = async (app) => {
  app.post(
    "/users",
    {
      schema: {
        tags: ["people"],
        summary:
          "Create an account (installation admin); without a password the answer carries a one-time set-password link",
        body: userCreateRequestSchema,
        response: {
          201: userCreateResponseSchema,
          400: errorResponseSchema,
          401: errorResponseSchema,
          403: errorResponseSchema,
          409: errorResponseSchema,
          422: errorResponseSchema,
        },
      },
    },
    async (request, reply) => {
      // The link points at the address the admin used, so it works behind the same proxy.
      const linkBase = `${request.protocol}://${request.host}`;
      const created = await createUser(
        app.db,
        actorOf(request.principal),
        requestInfo(request),
        request.body,
        linkBase,
      );
      return reply.status(201).send(created);
    },
  );
};

export default userRoutes;
