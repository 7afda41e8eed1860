import type { FastifyError, FastifyInstance } from "fastify";
import fp from "fastify-plugin";
import { hasZodFastifySchemaValidationErrors } from "fastify-type-provider-zod";
import { HttpError } from "../../errors.ts";

const statusNames: Record<number, string> = {
  400: "Bad Request",
  401: "Unauthorized",
  403: "Forbidden",
  404: "Not Found",
  409: "Conflict",
  413: "Payload Too Large",
  415: "Unsupported Media Type",
  422: "Unprocessable Entity",
  429: "Too Many Requests",
  500: "Internal Server Error",
};

/** The one place errors become responses: `{ statusCode, error, message }`, no stack traces. */
export default fp(
  async (app: FastifyInstance) => {
    app.setErrorHandler((error: FastifyError, request, reply) => {
      let statusCode = error instanceof HttpError ? error.statusCode : (error.statusCode ?? 500);
      let message = error.message;
      if (hasZodFastifySchemaValidationErrors(error)) {
        statusCode = 400;
        const where = error.validationContext ?? "request";
        message = error.validation
          .map((issue) => {
            const field = issue.instancePath.replace(/^\//, "").replaceAll("/", ".");
            return `${where}${field ? `.${field}` : ""}: ${issue.message}`;
          })
          .join("; ");
      }
      if (statusCode >= 500) {
        request.log.error({ err: error, method: request.method, url: request.url }, "request failed");
        message = "Something went wrong on the server. It has been logged; please try again.";
      } else {
        request.log.info({ method: request.method, url: request.url, message }, "request rejected");
      }
      return reply
        .status(statusCode)
        .send({ statusCode, error: statusNames[statusCode] ?? "Error", message });
    });

    app.setNotFoundHandler((request, reply) =>
      reply.status(404).send({
        statusCode: 404,
        error: "Not Found",
        message: `No route for ${request.method} ${request.url.split("?")[0]}`,
      }),
    );
  },
  { name: "error-handler" },
);
