import { errorResponseSchema } from "@scorecard/shared/api-schema";
import { auditParamsSchema, auditQuerySchema } from "@scorecard/shared/audit-schema";
import { auditTable } from "@scorecard/shared/downloads/audit-table";
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { DOWNLOAD_FORMATS, sendDownload } from "../../downloads/send-download.ts";

/** The audit trail as CSV and Excel: the JSON route's filters, paging and service call. */
const auditDownloadRoutes: FastifyPluginAsyncZod = async (app) => {
  for (const format of DOWNLOAD_FORMATS) {
    app.get(
      `/orgs/:org/audit.${format}`,
      {
        schema: {
          tags: ["downloads"],
          summary: `One page of an organisation's audit trail as ${format.toUpperCase()}`,
          params: auditParamsSchema,
          querystring: auditQuerySchema,
          response: { 400: errorResponseSchema, 404: errorResponseSchema },
        },
      },
      async (request, reply) => {
        const audit = await app.auditService.getAuditTrail(request.params.org, request.query);
        return sendDownload(request, reply, {
          table: auditTable(audit, request.params.org),
          format,
          filename: [request.params.org, "audit", `page-${audit.page}`],
        });
      },
    );
  }
};

export default auditDownloadRoutes;
