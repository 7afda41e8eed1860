import { periodsResponseSchema } from "@scorecard/shared/api-schema";
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { servedOrganisation } from "../../plugins/app/auth-guard.ts";

const periodRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    "/periods",
    {
      schema: {
        tags: ["scorecard"],
        summary: "Months that have data, latest first",
        response: { 200: periodsResponseSchema },
      },
    },
    (request) => app.scorecardService.getPeriods(servedOrganisation(request)),
  );
};

export default periodRoutes;
