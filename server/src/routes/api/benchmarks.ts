import {
  benchmarkCatalogueResponseSchema,
  benchmarkHistoryQuerySchema,
  benchmarkHistoryResponseSchema,
  benchmarkRankingQuerySchema,
  benchmarkRankingResponseSchema,
  benchmarksQuerySchema,
  benchmarksResponseSchema,
  errorResponseSchema,
} from "@scorecard/shared/api-schema";
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";

const errors = { 400: errorResponseSchema, 404: errorResponseSchema };

const benchmarkRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    "/benchmarks",
    {
      schema: {
        tags: ["benchmarks"],
        summary: "One LA against England, its region and its statistical neighbours (DfE published figures)",
        querystring: benchmarksQuerySchema,
        response: { 200: benchmarksResponseSchema, ...errors },
      },
    },
    (request) => app.statisticsService.getBenchmarks(request.query),
  );

  app.get(
    "/benchmarks/history",
    {
      schema: {
        tags: ["benchmarks"],
        summary: "Every reporting year of a measure for one LA, with England, region and neighbours",
        querystring: benchmarkHistoryQuerySchema,
        response: { 200: benchmarkHistoryResponseSchema, ...errors },
      },
    },
    (request) => app.statisticsService.getBenchmarkHistory(request.query),
  );

  app.get(
    "/benchmarks/ranking",
    {
      schema: {
        tags: ["benchmarks"],
        summary: "Every LA ranked for one measure and year",
        querystring: benchmarkRankingQuerySchema,
        response: { 200: benchmarkRankingResponseSchema, ...errors },
      },
    },
    (request) => app.statisticsService.getBenchmarkRanking(request.query),
  );

  app.get(
    "/benchmarks/catalogue",
    {
      schema: {
        tags: ["benchmarks"],
        summary: "The DfE measures, local authorities and statistical-neighbour models held",
        response: { 200: benchmarkCatalogueResponseSchema },
      },
    },
    () => app.statisticsService.getBenchmarkCatalogue(),
  );
};

export default benchmarkRoutes;
