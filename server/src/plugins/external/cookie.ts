import cookie from "@fastify/cookie";
import type { FastifyInstance } from "fastify";
import fp from "fastify-plugin";

/** Parses cookies (the session cookie) before the auth guard reads them. Unsigned: the value is a random secret looked up by hash. */
export default fp(
  async (app: FastifyInstance) => {
    await app.register(cookie);
  },
  { name: "cookie" },
);
