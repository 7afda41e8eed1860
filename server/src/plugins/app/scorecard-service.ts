import type { FastifyInstance } from "fastify";
import fp from "fastify-plugin";
import { getAreas, getIndicators, getPeriods, getTargetHistory } from "../../services/catalogue-service.ts";
import { getScorecard } from "../../services/scorecard-service.ts";
import { getSeries } from "../../services/series-service.ts";

/** The read side of the scorecard, bound to the app's database. Routes call only this. */
function scorecardService(app: FastifyInstance) {
  return {
    getAreas: () => getAreas(app.db),
    getIndicators: () => getIndicators(app.db),
    getPeriods: () => getPeriods(app.db),
    getTargetHistory: (indicatorId: string) => getTargetHistory(app.db, indicatorId),
    getScorecard: (query: Parameters<typeof getScorecard>[1]) => getScorecard(app.db, query),
    getSeries: (indicatorId: string, query: Parameters<typeof getSeries>[2]) =>
      getSeries(app.db, indicatorId, query),
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
