import { errorResponseSchema, indicatorParamsSchema, seriesQuerySchema } from "@scorecard/shared/api-schema";
import { orgParamsSchema } from "@scorecard/shared/auth-schema";
import { seriesTable, targetsTable } from "@scorecard/shared/downloads/indicator-tables";
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { DOWNLOAD_FORMATS, sendDownload } from "../../downloads/send-download.ts";
import { servedOrganisation } from "../../plugins/app/auth-guard.ts";

const errors = { 400: errorResponseSchema, 404: errorResponseSchema };
const params = indicatorParamsSchema.extend(orgParamsSchema.shape);

/** An indicator's series (with SPC fields) and target history as CSV and Excel, from the JSON routes' calls. */
const indicatorDownloadRoutes: FastifyPluginAsyncZod = async (app) => {
  for (const format of DOWNLOAD_FORMATS) {
    app.get(
      `/orgs/:org/indicators/:id/series.${format}`,
      { schema: { tags: ["downloads"], params, querystring: seriesQuerySchema, response: errors } },
      async (request, reply) => {
        const organisation = servedOrganisation(request);
        const series = await app.scorecardService.getSeries(organisation, request.params.id, request.query);
        return sendDownload(request, reply, {
          table: seriesTable(series),
          format,
          filename: [organisation.slug, series.indicatorId, series.areaId, "series"],
        });
      },
    );
    app.get(
      `/orgs/:org/indicators/:id/targets.${format}`,
      { schema: { tags: ["downloads"], params, response: errors } },
      async (request, reply) => {
        const organisation = servedOrganisation(request);
        const targets = await app.scorecardService.getTargetHistory(organisation, request.params.id);
        return sendDownload(request, reply, {
          table: targetsTable(targets),
          format,
          filename: [organisation.slug, targets.indicatorId, "targets"],
        });
      },
    );
  }
};

export default indicatorDownloadRoutes;
