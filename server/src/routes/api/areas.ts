import { areasResponseSchema } from "@scorecard/shared/api-schema";
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { servedOrganisation } from "../../plugins/app/auth-guard.ts";

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
    (request) => app.scorecardService.getAreas(servedOrganisation(request)),
  );
};

export default areaRoutes;
