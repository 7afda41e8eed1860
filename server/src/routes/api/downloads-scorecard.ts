import { errorResponseSchema, scorecardQuerySchema } from "@scorecard/shared/api-schema";
import { orgParamsSchema } from "@scorecard/shared/auth-schema";
import { scorecardTable } from "@scorecard/shared/downloads/scorecard-table";
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { viewerClassOf } from "../../auth/viewer-class.ts";
import { DOWNLOAD_FORMATS, sendDownload } from "../../downloads/send-download.ts";
import { servedOrganisation } from "../../plugins/app/auth-guard.ts";

/** The scorecard as CSV and Excel: the JSON route's query and service call, so the same figures. */
const scorecardDownloadRoutes: FastifyPluginAsyncZod = async (app) => {
  for (const format of DOWNLOAD_FORMATS) {
    app.get(
      `/orgs/:org/scorecard.${format}`,
      {
        schema: {
          tags: ["downloads"],
          summary: `The monthly scorecard for one area as ${format.toUpperCase()}`,
          params: orgParamsSchema,
          querystring: scorecardQuerySchema,
          response: { 400: errorResponseSchema, 404: errorResponseSchema },
        },
      },
      async (request, reply) => {
        const organisation = servedOrganisation(request);
        const scorecard = await app.scorecardService.getScorecard(
          organisation,
          request.query,
          viewerClassOf(request.principal, organisation.id),
        );
        const area = scorecard.area.id === "city" ? [] : [scorecard.area.id];
        const draft = scorecard.status === "draft" ? ["draft"] : [];
        return sendDownload(request, reply, {
          table: scorecardTable(scorecard),
          format,
          filename: [organisation.slug, "scorecard", scorecard.period, ...area, ...draft],
        });
      },
    );
  }
};

export default scorecardDownloadRoutes;
