import {
  errorResponseSchema,
  indicatorParamsSchema,
  indicatorsResponseSchema,
  seriesQuerySchema,
  seriesResponseSchema,
  targetsResponseSchema,
} from "@scorecard/shared/api-schema";
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";

const indicatorRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    "/indicators",
    {
      schema: {
        tags: ["catalogue"],
        summary: "Every indicator with its definition, unit, polarity and rating settings",
        response: { 200: indicatorsResponseSchema },
      },
    },
    () => app.scorecardService.getIndicators(),
  );

  app.get(
    "/indicators/:id/series",
    {
      schema: {
        tags: ["scorecard"],
        summary: "One indicator month by month for one area, with targets, ratings and an SPC chart",
        params: indicatorParamsSchema,
        querystring: seriesQuerySchema,
        response: { 200: seriesResponseSchema, 400: errorResponseSchema, 404: errorResponseSchema },
      },
    },
    (request) => app.scorecardService.getSeries(request.params.id, request.query),
  );

  app.get(
    "/indicators/:id/targets",
    {
      schema: {
        tags: ["catalogue"],
        summary: "The full target history of an indicator, with the reason for each change",
        params: indicatorParamsSchema,
        response: { 200: targetsResponseSchema, 404: errorResponseSchema },
      },
    },
    (request) => app.scorecardService.getTargetHistory(request.params.id),
  );
};

export default indicatorRoutes;
