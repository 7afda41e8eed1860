import { STATUS_CODES } from "node:http";
import type { ErrorResponse } from "@scorecard/shared/api-schema";
import type { FastifyError, FastifyInstance, FastifyRequest } from "fastify";
import fp from "fastify-plugin";
import { hasZodFastifySchemaValidationErrors } from "fastify-type-provider-zod";
import { isDatabaseUnavailableError } from "../../db/connection-errors.ts";
import { DatabaseUnavailableError, HttpError, RowErrorsError } from "../../errors.ts";

const SERVER_FAULT_MESSAGE = "Something went wrong on the server. It has been logged; please try again.";

/**
 * The one response shape for errors. A 5xx carries the request id (also in the response's
 * x-request-id header and in the log line), so "it has been logged" can be followed up.
 */
export function errorBody(statusCode: number, message: string, request: FastifyRequest): ErrorResponse {
  const body: ErrorResponse = { statusCode, error: STATUS_CODES[statusCode] ?? "Error", message };
  if (statusCode >= 500) body.requestId = request.id;
  return body;
}

function validationMessage(error: FastifyError): string {
  const where = error.validationContext ?? "request";
  return (error.validation ?? [])
    .map((issue) => {
      const field = issue.instancePath.replace(/^\//, "").replaceAll("/", ".");
      return `${where}${field ? `.${field}` : ""}: ${issue.message}`;
    })
    .join("; ");
}

/** The one place errors become responses: `{ statusCode, error, message }`, no stack traces. */
export default fp(
  async (app: FastifyInstance) => {
    app.setErrorHandler((thrown: FastifyError, request, reply) => {
      // A driver's "cannot connect" is not a bug: answer 503 (retry shortly), not 500.
      const error =
        !(thrown instanceof HttpError) && isDatabaseUnavailableError(thrown)
          ? new DatabaseUnavailableError({ cause: thrown })
          : thrown;
      let statusCode = error instanceof HttpError ? error.statusCode : (thrown.statusCode ?? 500);
      let message = error.message;
      if (hasZodFastifySchemaValidationErrors(thrown)) {
        statusCode = 400;
        message = validationMessage(thrown);
      }
      const where = { method: request.method, url: request.url };
      if (error instanceof DatabaseUnavailableError) {
        request.log.error({ err: error.cause ?? error, ...where }, "database unavailable");
      } else if (statusCode >= 500) {
        request.log.error({ err: error, ...where }, "request failed");
        message = SERVER_FAULT_MESSAGE;
      } else {
        request.log.info({ ...where, message }, "request rejected");
      }
      const body = errorBody(statusCode, message, request);
      return reply
        .status(statusCode)
        .send(error instanceof RowErrorsError ? { ...body, errors: error.errors } : body);
    });

    app.setNotFoundHandler((request, reply) =>
      reply
        .status(404)
        .send(errorBody(404, `No route for ${request.method} ${request.url.split("?")[0]}`, request)),
    );
  },
  { name: "error-handler" },
);
