import type { FastifyInstance } from "fastify";
import fp from "fastify-plugin";

/**
 * On shutdown fastify closes idle keep-alive connections and refuses new requests, but a request
 * already in flight leaves its connection open after the answer, for the keep-alive timeout
 * (72 s), longer than the grace time. Answers sent while closing therefore ask the client to
 * close the connection, and the server can finish as soon as the last answer is out.
 */
export default fp(
  async (app: FastifyInstance) => {
    let closing = false;
    app.addHook("preClose", async () => {
      closing = true;
    });
    app.addHook("onSend", async (_request, reply) => {
      if (closing) reply.header("connection", "close");
    });
  },
  { name: "drain-on-close" },
);
