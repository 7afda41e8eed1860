import type { FastifyInstance } from "fastify";
import adminRoutes from "./admin.ts";
import annexARoutes from "./annex-a.ts";
import areaWriteRoutes from "./area-writes.ts";
import auditRoutes from "./audit.ts";
import benchmarkRoutes from "./benchmarks.ts";
import boardPackRoutes from "./board-pack.ts";
import catalogueWriteRoutes from "./catalogue-writes.ts";
import downloadRoutes from "./downloads.ts";
import scorecardDownloadRoutes from "./downloads-scorecard.ts";
import healthRoutes from "./health.ts";
import memberRoutes from "./members.ts";
import monthFigureRoutes from "./month-figures.ts";
import monthRoutes from "./months.ts";
import organisationDataRoutes from "./organisation-data.ts";
import organisationRoutes from "./organisations.ts";
import sessionRoutes from "./session.ts";
import tokenRoutes from "./tokens.ts";
import userRoutes from "./users.ts";

/** Every /api route, one file per resource. */
export default async function apiRoutes(app: FastifyInstance) {
  await app.register(healthRoutes);
  await app.register(auditRoutes);
  await app.register(benchmarkRoutes);
  await app.register(organisationDataRoutes);
  await app.register(scorecardDownloadRoutes);
  await app.register(adminRoutes);
  await app.register(sessionRoutes);
  await app.register(userRoutes);
  await app.register(organisationRoutes);
  await app.register(memberRoutes);
  await app.register(tokenRoutes);
  await app.register(monthRoutes);
  await app.register(monthFigureRoutes);
  await app.register(boardPackRoutes);
  await app.register(catalogueWriteRoutes);
  await app.register(areaWriteRoutes);
  await app.register(annexARoutes);
  await app.register(downloadRoutes);
}
