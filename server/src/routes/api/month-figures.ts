import { errorResponseSchema } from "@scorecard/shared/api-schema";
import {
  figuresGridRequestSchema,
  figuresSavedResponseSchema,
  historyLoadedResponseSchema,
  historyUploadQuerySchema,
  monthParamsSchema,
  returnValidationResponseSchema,
  templateQuerySchema,
} from "@scorecard/shared/month-schema";
import type { FastifyRequest } from "fastify";
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { monthActorOf } from "../../auth/month-actor.ts";
import { BadRequestError } from "../../errors.ts";
import { MAX_RETURN_FILE_BYTES, parseReturnFile } from "../../month-return/parse-return-file.ts";
import { gridAsTable, validatedReturn } from "../../months/month-return-service.ts";
import { loadHistory, saveDraftFigures } from "../../months/month-service.ts";
import { monthTemplate } from "../../months/month-template.ts";
import { monthWarnings } from "../../months/month-warnings.ts";
import { servedOrganisation } from "../../plugins/app/auth-guard.ts";

const XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
/** The grid's whole set of figures as JSON: far more than any month's cells, far less than a file. */
const GRID_BODY_BYTES = 5 * 1024 * 1024;

const errors = {
  400: errorResponseSchema,
  401: errorResponseSchema,
  403: errorResponseSchema,
  404: errorResponseSchema,
  409: errorResponseSchema,
  413: errorResponseSchema,
  422: returnValidationResponseSchema,
};

function fileOf(request: FastifyRequest): Buffer {
  const body = request.body;
  if (!Buffer.isBuffer(body) || body.length === 0) {
    throw new BadRequestError(
      `body: send the return file itself as the request body, with Content-Type text/csv or ${XLSX}`,
    );
  }
  return body;
}

/** Figures in: the return file (CSV or XLSX), the grid, the template, and the bulk history. */
const monthFigureRoutes: FastifyPluginAsyncZod = async (app) => {
  // Files arrive as raw bytes of any declared type: which kind they are is decided from the bytes,
  // so a PDF sent by mistake gets the same clear 422 as a corrupt workbook.
  app.addContentTypeParser(
    "*",
    { parseAs: "buffer", bodyLimit: MAX_RETURN_FILE_BYTES },
    (_request, body, done) => done(null, body),
  );

  app.get(
    "/orgs/:org/months/:period/template",
    {
      schema: {
        tags: ["months"],
        summary:
          "The month's return to fill in (xlsx or csv): one row per indicator × area, last month beside it",
        params: monthParamsSchema,
        querystring: templateQuerySchema,
      },
    },
    async (request, reply) => {
      const file = await monthTemplate(
        app.db,
        servedOrganisation(request),
        request.params.period,
        request.query.format,
      );
      return reply
        .header("content-type", file.contentType)
        .header("content-disposition", `attachment; filename="${file.fileName}"`)
        .send(file.body);
    },
  );

  app.post(
    "/orgs/:org/months/:period/figures",
    {
      bodyLimit: MAX_RETURN_FILE_BYTES,
      schema: {
        tags: ["months"],
        summary: `Upload the month's return (body: the file; Content-Type text/csv or ${XLSX}): replaces the draft's figures`,
        params: monthParamsSchema,
        response: { 200: figuresSavedResponseSchema, ...errors },
      },
    },
    async (request) => {
      const organisation = servedOrganisation(request);
      const { period } = request.params;
      const table = await parseReturnFile(fileOf(request), request.headers["content-type"]);
      const figures = await validatedReturn(app.db, organisation, table, { mode: "month", period });
      const saved = await saveDraftFigures(
        app.db,
        monthActorOf(request),
        period,
        figures,
        "return file uploaded",
      );
      return { period, ...saved, warnings: await monthWarnings(app.db, organisation, period, figures) };
    },
  );

  app.put(
    "/orgs/:org/months/:period/figures",
    {
      bodyLimit: GRID_BODY_BYTES,
      schema: {
        tags: ["months"],
        summary: "Save the grid: the draft's whole set of figures, checked like a return file",
        params: monthParamsSchema,
        body: figuresGridRequestSchema,
        response: { 200: figuresSavedResponseSchema, ...errors },
      },
    },
    async (request) => {
      const organisation = servedOrganisation(request);
      const { period } = request.params;
      const figures = await validatedReturn(app.db, organisation, gridAsTable(request.body.figures), {
        mode: "month",
        period,
      });
      const saved = await saveDraftFigures(app.db, monthActorOf(request), period, figures, "grid saved");
      return { period, ...saved, warnings: await monthWarnings(app.db, organisation, period, figures) };
    },
  );

  app.post(
    "/orgs/:org/history",
    {
      bodyLimit: MAX_RETURN_FILE_BYTES,
      schema: {
        tags: ["months"],
        summary:
          "Load past months at once (the return's columns with period filled in) as published revision 1, with a reason",
        params: monthParamsSchema.pick({ org: true }),
        querystring: historyUploadQuerySchema,
        response: { 200: historyLoadedResponseSchema, ...errors },
      },
    },
    async (request) => {
      const organisation = servedOrganisation(request);
      const table = await parseReturnFile(fileOf(request), request.headers["content-type"]);
      const figures = await validatedReturn(app.db, organisation, table, { mode: "history" });
      return loadHistory(app.db, monthActorOf(request), figures, request.query.reason);
    },
  );
};

export default monthFigureRoutes;
