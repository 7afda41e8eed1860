import { periodsResponseSchema } from "@scorecard/shared/api-schema";
import { periodLabel } from "@scorecard/shared/periods";
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { listPeriodsWithData } from "../../repositories/period-repository.ts";

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
    async () => {
      const rows = await listPeriodsWithData(app.db);
      return {
        periods: rows.map((row) => ({
          period: row.period,
          label: periodLabel(row.period),
          source: row.hasPublished ? ("published" as const) : ("illustrative" as const),
        })),
      };
    },
  );
};

export default periodRoutes;
