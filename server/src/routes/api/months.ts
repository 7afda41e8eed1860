import { errorResponseSchema } from "@scorecard/shared/api-schema";
import {
  commentaryParamsSchema,
  commentaryRequestSchema,
  commentarySavedResponseSchema,
  MONTH_STEPS,
  monthDetailResponseSchema,
  monthParamsSchema,
  monthRevisionsResponseSchema,
  monthStepRequestSchema,
  monthSummarySchema,
  monthsResponseSchema,
} from "@scorecard/shared/month-schema";
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { monthActorOf } from "../../auth/month-actor.ts";
import { seesDrafts, viewerClassOf } from "../../auth/viewer-class.ts";
import { NotFoundError } from "../../errors.ts";
import {
  listMonths,
  monthDetail,
  monthRevisionHistory,
  openMonth,
  saveDraftCommentary,
  takeMonthStep,
} from "../../months/month-service.ts";
import { monthWarnings } from "../../months/month-warnings.ts";
import { servedOrganisation } from "../../plugins/app/auth-guard.ts";
import { findIndicator } from "../../repositories/scorecard-repository.ts";

const errors = {
  400: errorResponseSchema,
  401: errorResponseSchema,
  403: errorResponseSchema,
  404: errorResponseSchema,
  409: errorResponseSchema,
  422: errorResponseSchema,
};

/** The monthly cycle: a month's state, steps, commentary and revisions (figures in: month-figures.ts). */
const monthRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    "/orgs/:org/months",
    {
      schema: {
        tags: ["months"],
        summary:
          "The organisation's months with state, revision and who did what when (the public sees published months only)",
        params: monthParamsSchema.pick({ org: true }),
        response: { 200: monthsResponseSchema, ...errors },
      },
    },
    async (request) => {
      const organisation = servedOrganisation(request);
      const drafts = seesDrafts(viewerClassOf(request.principal, organisation.id));
      return { months: await listMonths(app.db, organisation, drafts) };
    },
  );

  app.get(
    "/orgs/:org/months/:period",
    {
      schema: {
        tags: ["months"],
        summary:
          "A month as an editor works on it: state, history, the draft's figures and commentary, warnings",
        params: monthParamsSchema,
        response: { 200: monthDetailResponseSchema, ...errors },
      },
    },
    async (request) => {
      const organisation = servedOrganisation(request);
      const detail = await monthDetail(app.db, organisation, request.params.period);
      const warnings = await monthWarnings(app.db, organisation, request.params.period, detail.figures);
      return { ...detail, warnings };
    },
  );

  app.get(
    "/orgs/:org/months/:period/revisions",
    {
      schema: {
        tags: ["months"],
        summary: "A published month's revisions, each with the figures it published",
        params: monthParamsSchema,
        response: { 200: monthRevisionsResponseSchema, ...errors },
      },
    },
    (request) => monthRevisionHistory(app.db, servedOrganisation(request), request.params.period),
  );

  app.post(
    "/orgs/:org/months/:period",
    {
      schema: {
        tags: ["months"],
        summary: "Open a month as a draft (its first upload also opens it)",
        params: monthParamsSchema,
        response: { 201: monthSummarySchema, ...errors },
      },
    },
    async (request, reply) => {
      const summary = await openMonth(app.db, monthActorOf(request), request.params.period);
      return reply.status(201).send(summary);
    },
  );

  for (const step of MONTH_STEPS) {
    if (step === "open") continue;
    app.post(
      `/orgs/:org/months/:period/${step}`,
      {
        schema: {
          tags: ["months"],
          summary: `${step[0]?.toUpperCase()}${step.slice(1)} the month (see the cycle's rules in shared/src/month-cycle.ts)`,
          params: monthParamsSchema,
          body: monthStepRequestSchema,
          response: { 200: monthSummarySchema, ...errors },
        },
      },
      (request) =>
        takeMonthStep(app.db, monthActorOf(request), request.params.period, step, request.body?.reason),
    );
  }

  app.put(
    "/orgs/:org/months/:period/commentary/:indicator",
    {
      schema: {
        tags: ["months"],
        summary: "Write the draft's commentary for one indicator (plain text; an empty body removes it)",
        params: commentaryParamsSchema,
        body: commentaryRequestSchema,
        response: { 200: commentarySavedResponseSchema, ...errors },
      },
    },
    async (request) => {
      const organisation = servedOrganisation(request);
      const { period, indicator } = request.params;
      if (!(await findIndicator(app.db, organisation.id, indicator))) {
        throw new NotFoundError(`indicator: no indicator "${indicator}"`);
      }
      return saveDraftCommentary(app.db, monthActorOf(request), period, indicator, request.body.body);
    },
  );
};

export default monthRoutes;
