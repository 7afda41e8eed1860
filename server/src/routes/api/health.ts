import { healthResponseSchema, healthUnavailableResponseSchema } from "@scorecard/shared/api-schema";
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { DATABASE_UNAVAILABLE_MESSAGE } from "../../errors.ts";
import { errorBody } from "../../plugins/external/error-handler.ts";

const healthRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    "/health",
    {
      schema: {
        tags: ["system"],
        summary: "Liveness and database kind",
        description: "503 while the database cannot be reached.",
        response: { 200: healthResponseSchema, 503: healthUnavailableResponseSchema },
      },
    },
    async (request, reply) => {
      // A real round trip: a health check that never touches the database proves little.
      if (await app.isDatabaseReachable()) return { status: "ok" as const, database: app.databaseKind };
      request.log.warn("health check: database unavailable");
      return reply.status(503).send({
        ...errorBody(503, DATABASE_UNAVAILABLE_MESSAGE, request),
        requestId: request.id,
        status: "unavailable" as const,
        database: "unavailable" as const,
      });
    },
  );
};

export default healthRoutes;
