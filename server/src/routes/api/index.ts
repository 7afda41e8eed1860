import type { FastifyInstance } from "fastify";
import adminRoutes from "./admin.ts";
import areaRoutes from "./areas.ts";
import auditRoutes from "./audit.ts";
import benchmarkRoutes from "./benchmarks.ts";
import healthRoutes from "./health.ts";
import indicatorRoutes from "./indicators.ts";
import memberRoutes from "./members.ts";
import organisationRoutes from "./organisations.ts";
import periodRoutes from "./periods.ts";
import scorecardRoutes from "./scorecard.ts";
import sessionRoutes from "./session.ts";
import tokenRoutes from "./tokens.ts";
import userRoutes from "./users.ts";

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
  await app.register(sessionRoutes);
  await app.register(userRoutes);
  await app.register(organisationRoutes);
  await app.register(memberRoutes);
  await app.register(tokenRoutes);
}
