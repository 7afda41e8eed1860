import { healthResponseSchema } from "@scorecard/shared/api-schema";
import { sql } from "drizzle-orm";
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";

const healthRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    "/health",
    {
      schema: {
        tags: ["system"],
        summary: "Liveness and database kind",
        response: { 200: healthResponseSchema },
      },
    },
    async () => {
      // A real round trip: a health check that never touches the database proves little.
      await app.db.execute(sql`select 1`);
      return { status: "ok" as const, database: app.databaseKind };
    },
  );
};

export default healthRoutes;
