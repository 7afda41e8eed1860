import { areaSchema, errorResponseSchema } from "@scorecard/shared/api-schema";
import { organisationSlugSchema } from "@scorecard/shared/auth-schema";
import {
  areaCreateRequestSchema,
  areasImportedResponseSchema,
  returnValidationResponseSchema,
} from "@scorecard/shared/month-schema";
import type { FastifyRequest } from "fastify";
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import { organisationWriteContext } from "../../auth/organisation-write-context.ts";
import { BadRequestError } from "../../errors.ts";
import { servedOrganisation } from "../../plugins/app/auth-guard.ts";
import { MAX_AREA_FILE_BYTES, readAreaCsv } from "../../services/area-file.ts";
import { createArea, importAreas } from "../../services/area-service.ts";

const errors = {
  400: errorResponseSchema,
  401: errorResponseSchema,
  403: errorResponseSchema,
  404: errorResponseSchema,
  409: errorResponseSchema,
  413: errorResponseSchema,
};

const params = z.object({ org: organisationSlugSchema });

function csvOf(request: FastifyRequest): Buffer {
  const body = request.body;
  if (!Buffer.isBuffer(body) || body.length === 0) {
    throw new BadRequestError(
      "body: send the areas CSV itself (slug, name, kind, parent) as the request body, with Content-Type text/csv",
    );
  }
  return body;
}

/** Org admins add areas one at a time or load them from a CSV file. */
const areaWriteRoutes: FastifyPluginAsyncZod = async (app) => {
  // Only in this plugin: an areas file arrives as the raw CSV bytes.
  app.addContentTypeParser(
    "text/csv",
    { parseAs: "buffer", bodyLimit: MAX_AREA_FILE_BYTES },
    (_request, body, done) => done(null, body),
  );

  app.post(
    "/orgs/:org/areas",
    {
      schema: {
        tags: ["catalogue"],
        summary: "Add an area, ward or service unit under its parent",
        params,
        body: areaCreateRequestSchema,
        response: { 201: areaSchema, 422: errorResponseSchema, ...errors },
      },
    },
    async (request, reply) => {
      const area = await createArea(
        app.db,
        organisationWriteContext(request),
        servedOrganisation(request),
        request.body,
      );
      return reply.status(201).send(area);
    },
  );

  app.post(
    "/orgs/:org/areas/import",
    {
      bodyLimit: MAX_AREA_FILE_BYTES,
      schema: {
        tags: ["catalogue"],
        summary:
          "Load areas from a CSV (body: the file, Content-Type text/csv; columns slug, name, kind, parent): new slugs created, held ones updated",
        params,
        response: { 200: areasImportedResponseSchema, 422: returnValidationResponseSchema, ...errors },
      },
    },
    (request) =>
      importAreas(
        app.db,
        organisationWriteContext(request),
        servedOrganisation(request),
        readAreaCsv(csvOf(request)),
      ),
  );
};

export default areaWriteRoutes;
