import type { FastifyInstance } from "fastify";
import auditDownloadRoutes from "./downloads-audit.ts";
import benchmarkDownloadRoutes from "./downloads-benchmarks.ts";
import compareDownloadRoutes from "./downloads-compare.ts";
import indicatorDownloadRoutes from "./downloads-indicators.ts";

/** Downloads of the compare matrix and the audit trail (the scorecard's are registered in index.ts). */
export default async function downloadRoutes(app: FastifyInstance) {
  await app.register(compareDownloadRoutes);
  await app.register(auditDownloadRoutes);
  await app.register(benchmarkDownloadRoutes);
  await app.register(indicatorDownloadRoutes);
}
