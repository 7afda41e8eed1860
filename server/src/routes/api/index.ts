import type { FastifyInstance } from "fastify";
import areaRoutes from "./areas.ts";
import healthRoutes from "./health.ts";
import indicatorRoutes from "./indicators.ts";
import periodRoutes from "./periods.ts";
import scorecardRoutes from "./scorecard.ts";

/** Every /api route, one file per resource. */
export default async function apiRoutes(app: FastifyInstance) {
  await app.register(healthRoutes);
  await app.register(areaRoutes);
  await app.register(indicatorRoutes);
  await app.register(periodRoutes);
  await app.register(scorecardRoutes);
}
