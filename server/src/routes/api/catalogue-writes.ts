import {
  errorResponseSchema,
  indicatorParamsSchema,
  targetsResponseSchema,
} from "@scorecard/shared/api-schema";
import { organisationSlugSchema } from "@scorecard/shared/auth-schema";
import {
  indicatorUpdatedResponseSchema,
  indicatorUpdateRequestSchema,
  targetCreateRequestSchema,
} from "@scorecard/shared/month-schema";
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { organisationWriteContext } from "../../auth/organisation-write-context.ts";
import { servedOrganisation } from "../../plugins/app/auth-guard.ts";
import { updateIndicatorDefinition } from "../../services/indicator-update-service.ts";
import { addTarget } from "../../services/target-service.ts";

const errors = {
  400: errorResponseSchema,
  401: errorResponseSchema,
  403: errorResponseSchema,
  404: errorResponseSchema,
  409: errorResponseSchema,
  422: errorResponseSchema,
};

const params = indicatorParamsSchema.extend({ org: organisationSlugSchema });

/** The write side of the indicator catalogue: targets (approvers) and the indicators themselves (org admins). */
const catalogueWriteRoutes: FastifyPluginAsyncZod = async (app) => {
  app.post(
    "/orgs/:org/indicators/:id/targets",
    {
      schema: {
        tags: ["catalogue"],
        summary:
          "Add a target from a month, with the reason (the history is append-only); answers the whole history",
        params,
        body: targetCreateRequestSchema,
        response: { 201: targetsResponseSchema, ...errors },
      },
    },
    async (request, reply) => {
      const history = await addTarget(
        app.db,
        organisationWriteContext(request),
        servedOrganisation(request),
        request.params.id,
        request.body,
      );
      return reply.status(201).send(history);
    },
  );

  app.put(
    "/orgs/:org/indicators/:id",
    {
      schema: {
        tags: ["catalogue"],
        summary:
          "Change an indicator: other fields in place; a rating rule (polarity, baseline, tolerance, trend threshold) from effectiveFrom onward, with a reason",
        params,
        body: indicatorUpdateRequestSchema,
        response: { 200: indicatorUpdatedResponseSchema, ...errors },
      },
    },
    (request) =>
      updateIndicatorDefinition(
        app.db,
        organisationWriteContext(request),
        servedOrganisation(request),
        request.params.id,
        request.body,
      ),
  );
};

export default catalogueWriteRoutes;
