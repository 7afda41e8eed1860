import { areasResponseSchema } from "@scorecard/shared/api-schema";
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";

const areaRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    "/areas",
    {
      schema: {
        tags: ["catalogue"],
        summary: "The area hierarchy: city, areas, wards and service units",
        response: { 200: areasResponseSchema },
      },
    },
    () => app.scorecardService.getAreas(),
  );
};

export default areaRoutes;
