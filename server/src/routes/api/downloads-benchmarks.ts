import {
  benchmarkHistoryQuerySchema,
  benchmarkRankingQuerySchema,
  errorResponseSchema,
} from "@scorecard/shared/api-schema";
import { benchmarkHistoryTable, benchmarkRankingTable } from "@scorecard/shared/downloads/benchmark-tables";
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { DOWNLOAD_FORMATS, sendDownload } from "../../downloads/send-download.ts";

const errors = { 400: errorResponseSchema, 404: errorResponseSchema };

/** Benchmarks history and ranking as CSV and Excel, from the JSON routes' schemas and service calls. */
const benchmarkDownloadRoutes: FastifyPluginAsyncZod = async (app) => {
  for (const format of DOWNLOAD_FORMATS) {
    app.get(
      `/benchmarks/history.${format}`,
      { schema: { tags: ["downloads"], querystring: benchmarkHistoryQuerySchema, response: errors } },
      async (request, reply) => {
        const history = await app.statisticsService.getBenchmarkHistory(request.query);
        return sendDownload(request, reply, {
          table: benchmarkHistoryTable(history),
          format,
          filename: ["benchmarks", history.indicatorId, history.la.code, "history"],
        });
      },
    );
    app.get(
      `/benchmarks/ranking.${format}`,
      { schema: { tags: ["downloads"], querystring: benchmarkRankingQuerySchema, response: errors } },
      async (request, reply) => {
        const ranking = await app.statisticsService.getBenchmarkRanking(request.query);
        return sendDownload(request, reply, {
          table: benchmarkRankingTable(ranking),
          format,
          filename: ["benchmarks", ranking.indicatorId, String(ranking.year), "ranking"],
        });
      },
    );
  }
};

export default benchmarkDownloadRoutes;
