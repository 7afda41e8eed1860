import {
  errorResponseSchema,
  scorecardQuerySchema,
  scorecardResponseSchema,
} from "@scorecard/shared/api-schema";
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
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
    (request) => app.scorecardService.getScorecard(servedOrganisation(request), request.query),
  );
};

export default scorecardRoutes;
