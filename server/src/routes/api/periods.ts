import { periodsResponseSchema } from "@scorecard/shared/api-schema";
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";

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
    () => app.scorecardService.getPeriods(),
  );
};

export default periodRoutes;
