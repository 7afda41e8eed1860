import {
  errorResponseSchema,
  indicatorParamsSchema,
  indicatorsResponseSchema,
  seriesQuerySchema,
  seriesResponseSchema,
  targetsResponseSchema,
} from "@scorecard/shared/api-schema";
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { servedOrganisation } from "../../plugins/app/auth-guard.ts";

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
    (request) => app.scorecardService.getIndicators(servedOrganisation(request)),
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
    (request) =>
      app.scorecardService.getSeries(servedOrganisation(request), request.params.id, request.query),
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
    (request) => app.scorecardService.getTargetHistory(servedOrganisation(request), request.params.id),
  );
};

export default indicatorRoutes;
