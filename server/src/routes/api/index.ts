import type { FastifyInstance } from "fastify";
import healthRoutes from "./health.ts";
import periodRoutes from "./periods.ts";
import scorecardRoutes from "./scorecard.ts";

/** Every /api route, one file per resource. */
export default async function apiRoutes(app: FastifyInstance) {
  await app.register(healthRoutes);
  await app.register(periodRoutes);
  await app.register(scorecardRoutes);
}
