import { errorResponseSchema, scorecardQuerySchema } from "@scorecard/shared/api-schema";
import { monthParamsSchema } from "@scorecard/shared/month-schema";
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import { viewerClassOf } from "../../auth/viewer-class.ts";
import { boardPackPdf } from "../../board-pack/board-pack-service.ts";
import { servedOrganisation } from "../../plugins/app/auth-guard.ts";

const errors = {
  400: errorResponseSchema,
  401: errorResponseSchema,
  403: errorResponseSchema,
  404: errorResponseSchema,
};

/** The month's board pack as a PDF, built from the same scorecard, series and targets the pages show. */
const boardPackRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    "/orgs/:org/months/:period/board-pack.pdf",
    {
      schema: {
        tags: ["scorecard"],
        summary: "The month's board pack (A4 landscape PDF): summary, a page per indicator, key and sources",
        params: monthParamsSchema,
        querystring: scorecardQuerySchema.pick({ area: true }),
        produces: ["application/pdf"],
        // 200 is the PDF's bytes, sent as they are (a Buffer is never serialized).
        response: { 200: z.unknown(), ...errors },
      },
    },
    async (request, reply) => {
      const organisation = servedOrganisation(request);
      const { period } = request.params;
      const pdf = await boardPackPdf(
        app.db,
        organisation,
        { period, area: request.query.area },
        viewerClassOf(request.principal, organisation.id),
      );
      return reply
        .type("application/pdf")
        .header("content-disposition", `attachment; filename="${organisation.slug}-${period}-board-pack.pdf"`)
        .send(pdf);
    },
  );
};

export default boardPackRoutes;
