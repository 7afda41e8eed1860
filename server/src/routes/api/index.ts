import type { FastifyInstance } from "fastify";
import adminRoutes from "./admin.ts";
import areaRoutes from "./areas.ts";
import auditRoutes from "./audit.ts";
import benchmarkRoutes from "./benchmarks.ts";
import healthRoutes from "./health.ts";
import indicatorRoutes from "./indicators.ts";
import periodRoutes from "./periods.ts";
import scorecardRoutes from "./scorecard.ts";

/** Every /api route, one file per resource. */
export default async function apiRoutes(app: FastifyInstance) {
  await app.register(healthRoutes);
  await app.register(areaRoutes);
  await app.register(auditRoutes);
  await app.register(benchmarkRoutes);
  await app.register(adminRoutes);
  await app.register(indicatorRoutes);
  await app.register(periodRoutes);
  await app.register(scorecardRoutes);
}
