import { randomUUID } from "node:crypto";
import type { IncomingMessage } from "node:http";
import type { FastifyInstance } from "fastify";
import fp from "fastify-plugin";

export const REQUEST_ID_HEADER = "x-request-id";

/** What we accept from a caller (a proxy's or client's id): a plain token, nothing that could forge a log line. */
const saneRequestId = /^[A-Za-z0-9._:-]{1,128}$/;

/**
 * The id fastify gives each request (its `reqId` in every log line). Fastify's own
 * `requestIdHeader` would take any header value as it is, so it is switched off and the header is
 * read here, where it can be checked; an absent or unsafe one is replaced by a new UUID.
 */
export function requestIdFor(request: IncomingMessage): string {
  const incoming = request.headers[REQUEST_ID_HEADER];
  return typeof incoming === "string" && saneRequestId.test(incoming) ? incoming : randomUUID();
}

/** Server options for the Fastify constructor (request ids are chosen before any plugin runs). */
export const requestIdServerOptions = {
  requestIdHeader: false,
  genReqId: requestIdFor,
} as const;

/** Every response says which request it answers, so a caller can quote it to an operator. */
export default fp(
  async (app: FastifyInstance) => {
    app.addHook("onSend", async (request, reply) => {
      reply.header(REQUEST_ID_HEADER, request.id);
    });
  },
  { name: "request-id" },
);
