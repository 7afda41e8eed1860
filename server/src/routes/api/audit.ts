import { errorResponseSchema } from "@scorecard/shared/api-schema";
import { auditParamsSchema, auditQuerySchema, auditResponseSchema } from "@scorecard/shared/audit-schema";
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";

/** The audit trail of one organisation. Org admins only (a row in the permission table). */
const auditRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    "/orgs/:org/audit",
    {
      schema: {
        tags: ["audit"],
        summary: "Every recorded change and event of one organisation, newest first, paged",
        params: auditParamsSchema,
        querystring: auditQuerySchema,
        response: { 200: auditResponseSchema, 400: errorResponseSchema, 404: errorResponseSchema },
      },
    },
    (request) => app.auditService.getAuditTrail(request.params.org, request.query),
  );
};

export default auditRoutes;
