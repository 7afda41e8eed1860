import { errorResponseSchema } from "@scorecard/shared/api-schema";
import {
  organisationCreateRequestSchema,
  organisationSchema,
  organisationsResponseSchema,
} from "@scorecard/shared/auth-schema";
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { actorOf, writeContext } from "../../auth/actor.ts";
import { createOrganisation, visibleOrganisations } from "../../auth/organisation-service.ts";
import { requestInfo } from "../../plugins/app/auth-guard.ts";

const organisationRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    "/orgs",
    {
      schema: {
        tags: ["organisations"],
        summary: "The organisations you can see: public ones and your own (all, for the installation admin)",
        response: { 200: organisationsResponseSchema },
      },
    },
    (request) => visibleOrganisations(app.db, request.principal, app.config.DEFAULT_ORG),
  );

  app.post(
    "/orgs",
    {
      schema: {
        tags: ["organisations"],
        summary: "Create an organisation from its DfE LA code (installation admin)",
        body: organisationCreateRequestSchema,
        response: {
          201: organisationSchema,
          400: errorResponseSchema,
          401: errorResponseSchema,
          403: errorResponseSchema,
          409: errorResponseSchema,
          422: errorResponseSchema,
        },
      },
    },
    async (request, reply) => {
      const context = writeContext(actorOf(request.principal), requestInfo(request), null);
      return reply
        .status(201)
        .send(await createOrganisation(app.db, context, request.body, app.config.DEFAULT_ORG));
    },
  );
};

export default organisationRoutes;
