import {
  annexAImportQuerySchema,
  annexAImportResponseSchema,
  annexAValidationResponseSchema,
  teamAreasBodySchema,
  teamAreasResponseSchema,
} from "@scorecard/shared/annex-a/annex-a-schema";
import { errorResponseSchema } from "@scorecard/shared/api-schema";
import { monthParamsSchema, returnValidationResponseSchema } from "@scorecard/shared/month-schema";
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { importAnnexA, teamAreaTable } from "../../annex-a/annex-a-import-service.ts";
import { MAX_ANNEX_A_UPLOAD_BYTES } from "../../annex-a/read-annex-a-upload.ts";
import { replaceTeamAreas } from "../../annex-a/team-area-service.ts";
import { monthActorOf } from "../../auth/month-actor.ts";
import { organisationWriteContext } from "../../auth/organisation-write-context.ts";
import { BadRequestError } from "../../errors.ts";
import { servedOrganisation } from "../../plugins/app/auth-guard.ts";
import annexADrillDownRoutes from "./annex-a-drill-down.ts";

const errors = {
  400: errorResponseSchema,
  401: errorResponseSchema,
  403: errorResponseSchema,
  404: errorResponseSchema,
  409: errorResponseSchema,
  413: errorResponseSchema,
};
const orgParams = monthParamsSchema.pick({ org: true });

/**
 * Computing the month from the Annex A lists and the team → area table it needs; the retention
 * setting and the children behind a computed figure are in annex-a-drill-down.ts.
 */
const annexARoutes: FastifyPluginAsyncZod = async (app) => {
  await app.register(annexADrillDownRoutes);

  // The workbook or zip arrives as raw bytes; what it is is decided from the bytes.
  app.addContentTypeParser(
    [
      "application/zip",
      "application/octet-stream",
      "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    ],
    { parseAs: "buffer", bodyLimit: MAX_ANNEX_A_UPLOAD_BYTES },
    (_request, body, done) => done(null, body),
  );

  app.get(
    "/orgs/:org/annex-a/teams",
    {
      schema: {
        tags: ["annex-a"],
        summary: "The Annex A team → area table",
        params: orgParams,
        response: { 200: teamAreasResponseSchema, ...errors },
      },
    },
    async (request) => ({
      teams: (await teamAreaTable(app.db, servedOrganisation(request).id)).map(({ team, area }) => ({
        team,
        area,
      })),
    }),
  );

  app.put(
    "/orgs/:org/annex-a/teams",
    {
      schema: {
        tags: ["annex-a"],
        summary:
          "Replace the Annex A team → area table (every team once; every area one of the organisation's)",
        params: orgParams,
        body: teamAreasBodySchema,
        response: {
          200: teamAreasResponseSchema,
          ...errors,
          422: returnValidationResponseSchema.partial({ errors: true }),
        },
      },
    },
    async (request) => replaceTeamAreas(app.db, organisationWriteContext(request), request.body),
  );

  app.post(
    "/orgs/:org/months/:period/annex-a",
    {
      bodyLimit: MAX_ANNEX_A_UPLOAD_BYTES,
      schema: {
        tags: ["annex-a"],
        summary:
          "Compute the month's draft from an Annex A workbook (.xlsx) or zip of CSVs: figures stored as an uploaded return would be, with the children behind each in the answer",
        params: monthParamsSchema,
        querystring: annexAImportQuerySchema,
        response: {
          200: annexAImportResponseSchema,
          ...errors,
          422: annexAValidationResponseSchema.partial({ errors: true }),
        },
      },
    },
    async (request) => {
      const body = request.body;
      if (!Buffer.isBuffer(body) || body.length === 0)
        throw new BadRequestError(
          "body: send the Annex A workbook (.xlsx) or a zip of its CSV files as the request body, with Content-Type application/zip or the xlsx type",
        );
      return importAnnexA(app.db, monthActorOf(request), servedOrganisation(request), request.params.period, {
        body,
        fileName: request.query.fileName,
        extractDate: request.query.extractDate,
      });
    },
  );
};

export default annexARoutes;
