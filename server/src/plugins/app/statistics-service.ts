import type { FastifyInstance } from "fastify";
import fp from "fastify-plugin";
import {
  getBenchmarkCatalogue,
  getBenchmarkHistory,
  getBenchmarkRanking,
  getBenchmarks,
} from "../../dfe-benchmarks/benchmark-service.ts";
import { importStatisticsFile } from "../../dfe-benchmarks/import-service.ts";

/** DfE published statistics: benchmarks for any LA, and imports of new EES files. */
function statisticsService(app: FastifyInstance) {
  return {
    getBenchmarks: (query: Parameters<typeof getBenchmarks>[1]) => getBenchmarks(app.db, query),
    getBenchmarkHistory: (query: Parameters<typeof getBenchmarkHistory>[1]) =>
      getBenchmarkHistory(app.db, query),
    getBenchmarkRanking: (query: Parameters<typeof getBenchmarkRanking>[1]) =>
      getBenchmarkRanking(app.db, query),
    getBenchmarkCatalogue: () => getBenchmarkCatalogue(app.db),
    importFile: (file: Parameters<typeof importStatisticsFile>[1]) => importStatisticsFile(app.db, file),
  };
}

declare module "fastify" {
  interface FastifyInstance {
    statisticsService: ReturnType<typeof statisticsService>;
  }
}

export default fp(
  async (app: FastifyInstance) => {
    app.decorate("statisticsService", statisticsService(app));
  },
  { name: "statistics-service", dependencies: ["database"] },
);
