import type { ScorecardQuery, ScorecardResponse } from "@scorecard/shared/api-schema";
import type { FastifyInstance } from "fastify";
import fp from "fastify-plugin";
import { getScorecard } from "../../services/scorecard-service.ts";

declare module "fastify" {
  interface FastifyInstance {
    scorecardService: { getScorecard(query: ScorecardQuery): Promise<ScorecardResponse> };
  }
}

export default fp(
  async (app: FastifyInstance) => {
    app.decorate("scorecardService", {
      getScorecard: (query: ScorecardQuery) => getScorecard(app.db, query),
    });
  },
  { name: "scorecard-service", dependencies: ["database"] },
);
