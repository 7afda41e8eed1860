import {
  errorResponseSchema,
  statisticsImportQuerySchema,
  statisticsImportResponseSchema,
} from "@scorecard/shared/api-schema";
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";

const MAX_UPLOAD_BYTES = 20 * 1024 * 1024;

/** Admin endpoints: installation admin only, through the permission table (auth/permissions.ts). */
const adminRoutes: FastifyPluginAsyncZod = async (app) => {
  app.addContentTypeParser(
    ["text/csv", "text/plain"],
    { parseAs: "string", bodyLimit: MAX_UPLOAD_BYTES },
    (_request, body, done) => done(null, body),
  );

  app.post(
    "/admin/statistics",
    {
      bodyLimit: MAX_UPLOAD_BYTES,
      schema: {
        tags: ["admin"],
        summary: "Import a DfE Explore Education Statistics CSV file (body: the file, Content-Type text/csv)",
        querystring: statisticsImportQuerySchema,
        body: z.string().min(1, "the request body must be the CSV file"),
        response: {
          200: statisticsImportResponseSchema,
          400: errorResponseSchema,
          401: errorResponseSchema,
          403: errorResponseSchema,
          413: errorResponseSchema,
          422: errorResponseSchema,
        },
      },
    },
    (request) => app.statisticsService.importFile({ fileName: request.query.file, text: request.body }),
  );
};

export default adminRoutes;
