import { timingSafeEqual } from "node:crypto";
import {
  errorResponseSchema,
  statisticsImportQuerySchema,
  statisticsImportResponseSchema,
} from "@scorecard/shared/api-schema";
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import { HttpError } from "../../errors.ts";

const MAX_UPLOAD_BYTES = 20 * 1024 * 1024;

function tokensMatch(given: string, expected: string) {
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}

/** Admin endpoints: bearer-token protected, and off unless ADMIN_TOKEN is configured. */
const adminRoutes: FastifyPluginAsyncZod = async (app) => {
  app.addContentTypeParser(
    ["text/csv", "text/plain"],
    { parseAs: "string", bodyLimit: MAX_UPLOAD_BYTES },
    (_request, body, done) => done(null, body),
  );

  app.addHook("onRequest", async (request) => {
    const expected = app.config.ADMIN_TOKEN;
    if (!expected) throw new HttpError(403, "Admin endpoints are disabled: set ADMIN_TOKEN to enable them");
    const given = /^Bearer (.+)$/.exec(request.headers.authorization ?? "")?.[1] ?? "";
    if (!tokensMatch(given, expected))
      throw new HttpError(401, "authorization: a valid admin bearer token is required");
  });

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
