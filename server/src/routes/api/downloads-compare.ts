import { errorResponseSchema, scorecardQuerySchema } from "@scorecard/shared/api-schema";
import { orgParamsSchema } from "@scorecard/shared/auth-schema";
import { compareTable } from "@scorecard/shared/downloads/compare-table";
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { viewerClassOf } from "../../auth/viewer-class.ts";
import { DOWNLOAD_FORMATS, sendDownload } from "../../downloads/send-download.ts";
import { servedOrganisation } from "../../plugins/app/auth-guard.ts";

/**
 * The compare page's matrix as CSV and Excel. The page is built from the scorecard JSON of the whole
 * authority, so this is too: the scorecard's query schema and service call, so the same figures.
 */
const compareDownloadRoutes: FastifyPluginAsyncZod = async (app) => {
  for (const format of DOWNLOAD_FORMATS) {
    app.get(
      `/orgs/:org/compare.${format}`,
      {
        schema: {
          tags: ["downloads"],
          summary: `Every indicator in every area for one month (the compare matrix) as ${format.toUpperCase()}`,
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
        const draft = scorecard.status === "draft" ? ["draft"] : [];
        return sendDownload(request, reply, {
          table: compareTable(scorecard),
          format,
          filename: [organisation.slug, "compare-areas", scorecard.period, ...draft],
        });
      },
    );
  }
};

export default compareDownloadRoutes;
