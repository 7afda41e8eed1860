import {
  annexADrillDownQuerySchema,
  annexADrillDownResponseSchema,
  annexAImportsResponseSchema,
  annexASettingsSchema,
} from "@scorecard/shared/annex-a/annex-a-schema";
import { errorResponseSchema } from "@scorecard/shared/api-schema";
import { annexADrillDownTable } from "@scorecard/shared/downloads/annex-a-drill-down-table";
import { monthParamsSchema } from "@scorecard/shared/month-schema";
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { getAnnexADrillDown, listAnnexAImports } from "../../annex-a/annex-a-drill-down-service.ts";
import { getAnnexASettings, putAnnexASettings } from "../../annex-a/annex-a-retention.ts";
import { organisationWriteContext } from "../../auth/organisation-write-context.ts";
import { sendDownload } from "../../downloads/send-download.ts";
import { servedOrganisation } from "../../plugins/app/auth-guard.ts";

const errors = {
  400: errorResponseSchema,
  401: errorResponseSchema,
  403: errorResponseSchema,
  404: errorResponseSchema,
};
const orgParams = monthParamsSchema.pick({ org: true });
/** Answers carrying child ids: no browser or proxy may keep a copy. */
const NOT_STORED = { "cache-control": "no-store" };

/**
 * Keeping the children behind Annex A figures (the org admin's setting), the month's uploads, and the
 * drill-down of one computed figure as JSON and CSV (editors and above: personal data).
 */
const annexADrillDownRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    "/orgs/:org/annex-a/settings",
    {
      schema: {
        tags: ["annex-a"],
        summary: "The Annex A retention setting (the drill-down is not kept unless turned on)",
        params: orgParams,
        response: { 200: annexASettingsSchema, ...errors },
      },
    },
    async (request) => getAnnexASettings(app.db, servedOrganisation(request).id),
  );

  app.put(
    "/orgs/:org/annex-a/settings",
    {
      schema: {
        tags: ["annex-a"],
        summary:
          "Set the days (1–92, or null for none) the children behind an upload's figures are kept; turning it off deletes what is kept",
        params: orgParams,
        body: annexASettingsSchema,
        response: { 200: annexASettingsSchema, ...errors },
      },
    },
    async (request) => putAnnexASettings(app.db, organisationWriteContext(request), request.body),
  );

  app.get(
    "/orgs/:org/months/:period/annex-a/imports",
    {
      schema: {
        tags: ["annex-a"],
        summary: "The month's Annex A uploads, latest first, each saying whether its drill-down is kept",
        params: monthParamsSchema,
        response: { 200: annexAImportsResponseSchema, ...errors },
      },
    },
    async (request) => listAnnexAImports(app.db, servedOrganisation(request).id, request.params.period),
  );

  app.get(
    "/orgs/:org/months/:period/annex-a/drill-down",
    {
      schema: {
        tags: ["annex-a"],
        summary:
          "The children behind one computed figure of an upload (the month's latest unless `import` is given), while they are kept",
        params: monthParamsSchema,
        querystring: annexADrillDownQuerySchema,
        response: { 200: annexADrillDownResponseSchema, ...errors },
      },
    },
    async (request, reply) => {
      reply.headers(NOT_STORED);
      return getAnnexADrillDown(app.db, servedOrganisation(request).id, request.params.period, request.query);
    },
  );

  app.get(
    "/orgs/:org/months/:period/annex-a/drill-down.csv",
    {
      schema: {
        tags: ["annex-a", "downloads"],
        summary:
          "The children behind one computed figure as CSV: one row per child (numerator, denominator only, or excluded with sheet, row and reason)",
        params: monthParamsSchema,
        querystring: annexADrillDownQuerySchema,
        response: errors,
      },
    },
    async (request, reply) => {
      const { org, period } = request.params;
      const drillDown = await getAnnexADrillDown(
        app.db,
        servedOrganisation(request).id,
        period,
        request.query,
      );
      reply.headers(NOT_STORED);
      return sendDownload(request, reply, {
        table: annexADrillDownTable(drillDown, org),
        format: "csv",
        // Stable: the same figure of the same upload always downloads under the same name.
        filename: [
          org,
          "annex-a",
          period,
          `upload-${drillDown.import.id}`,
          drillDown.figure.indicator,
          drillDown.figure.area,
          "children",
        ],
      });
    },
  );
};

export default annexADrillDownRoutes;
