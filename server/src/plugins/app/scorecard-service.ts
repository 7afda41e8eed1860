import type { FastifyInstance } from "fastify";
import fp from "fastify-plugin";
import type { OrganisationRow } from "../../repositories/organisation-repository.ts";
import { getAreas, getIndicators, getPeriods, getTargetHistory } from "../../services/catalogue-service.ts";
import { getScorecard } from "../../services/scorecard-service.ts";
import { getSeries } from "../../services/series-service.ts";

/**
 * The read side of the scorecard, bound to the app's database. Routes call only this, with the
 * organisation the auth guard resolved for the request (its :org, or the default one).
 */
function scorecardService(app: FastifyInstance) {
  return {
    getAreas: (organisation: OrganisationRow) => getAreas(app.db, organisation),
    getIndicators: (organisation: OrganisationRow) => getIndicators(app.db, organisation),
    getPeriods: (organisation: OrganisationRow) => getPeriods(app.db, organisation),
    getTargetHistory: (organisation: OrganisationRow, indicatorId: string) =>
      getTargetHistory(app.db, organisation, indicatorId),
    getScorecard: (
      organisation: OrganisationRow,
      query: Parameters<typeof getScorecard>[2],
      viewer: Parameters<typeof getScorecard>[3],
    ) => getScorecard(app.db, organisation, query, viewer),
    getSeries: (organisation: OrganisationRow, indicatorId: string, query: Parameters<typeof getSeries>[3]) =>
      getSeries(app.db, organisation, indicatorId, query),
  };
}

declare module "fastify" {
  interface FastifyInstance {
    scorecardService: ReturnType<typeof scorecardService>;
  }
}

export default fp(
  async (app: FastifyInstance) => {
    app.decorate("scorecardService", scorecardService(app));
  },
  { name: "scorecard-service", dependencies: ["database"] },
);
