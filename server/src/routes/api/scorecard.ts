import {
  errorResponseSchema,
  scorecardQuerySchema,
  scorecardResponseSchema,
} from "@scorecard/shared/api-schema";
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";

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
    (request) => app.scorecardService.getScorecard(request.query),
  );
};

export default scorecardRoutes;
