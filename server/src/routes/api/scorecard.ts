import {
  errorResponseSchema,
  scorecardQuerySchema,
  scorecardResponseSchema,
} from "@scorecard/shared/api-schema";
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { viewerClassOf } from "../../auth/viewer-class.ts";
import { servedOrganisation } from "../../plugins/app/auth-guard.ts";

const scorecardRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    "/scorecard",
    {
      schema: {
        tags: ["scorecard"],
        summary: "The monthly scorecard for one area",
        querystring: scorecardQuerySchema,
        response: { 200: scorecardResponseSchema, 400: errorResponseSchema, 404: errorResponseSchema },
      },
    },
    (request) => {
      const organisation = servedOrganisation(request);
      return app.scorecardService.getScorecard(
        organisation,
        request.query,
        viewerClassOf(request.principal, organisation.id),
      );
    },
  );
};

export default scorecardRoutes;
