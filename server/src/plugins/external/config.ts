import type { FastifyInstance } from "fastify";
import fp from "fastify-plugin";
import type { Config } from "../../config.ts";

declare module "fastify" {
  interface FastifyInstance {
    config: Config;
  }
}

/** Exposes the configuration validated at boot as a typed decorator. */
export default fp<{ config: Config }>(
  async (app: FastifyInstance, options) => {
    app.decorate("config", options.config);
  },
  { name: "config" },
);
