import { organisationSlugSchema } from "@scorecard/shared/audit-schema";
import type { FastifyInstance } from "fastify";
import { z } from "zod";
import areaRoutes from "./areas.ts";
import indicatorRoutes from "./indicators.ts";
import periodRoutes from "./periods.ts";
import scorecardRoutes from "./scorecard.ts";

/** The published read side of one organisation: scorecard, areas, indicators, series, targets, months. */
async function organisationReadRoutes(app: FastifyInstance) {
  await app.register(areaRoutes);
  await app.register(indicatorRoutes);
  await app.register(periodRoutes);
  await app.register(scorecardRoutes);
}

/**
 * Under `/api/orgs/:org`, each route's params schema gains `org`, so it is validated and documented
 * like any other parameter; the auth guard has already resolved the organisation from it.
 */
async function scopedOrganisationReadRoutes(app: FastifyInstance) {
  app.addHook("onRoute", (route) => {
    const params = (route.schema?.params as z.ZodObject | undefined) ?? z.object({});
    route.schema = { ...route.schema, params: params.extend({ org: organisationSlugSchema }) };
  });
  await organisationReadRoutes(app);
}

/**
 * Every organisation's data at `/api/orgs/{org}/…`, and the same routes unscoped at `/api/…` for
 * the default organisation (DEFAULT_ORG, or the first created), so links made before
 * organisations existed keep working.
 */
export default async function organisationDataRoutes(app: FastifyInstance) {
  await app.register(organisationReadRoutes);
  await app.register(scopedOrganisationReadRoutes, { prefix: "/orgs/:org" });
}
