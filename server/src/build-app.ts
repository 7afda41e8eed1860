import Fastify, { type FastifyServerOptions } from "fastify";
import fp from "fastify-plugin";
import { type AppOptions, app } from "./app.ts";
import { trustProxySetting } from "./config.ts";
import { requestIdServerOptions } from "./plugins/external/request-id.ts";

/** Builds a ready Fastify instance; `server.ts` listens on it, tests call `inject`. */
export async function buildApp(options: AppOptions, fastifyOptions: FastifyServerOptions = {}) {
  const instance = Fastify({
    logger: { level: options.config.LOG_LEVEL },
    // JSON bodies are small; routes that take uploads set their own limit.
    bodyLimit: 64 * 1024,
    // The first start migrates and seeds an empty database: on a busy machine that passes
    // fastify's default 10 s plugin timeout, and start-up would fail.
    pluginTimeout: 120_000,
    trustProxy: trustProxySetting(options.config.TRUST_PROXY),
    ...requestIdServerOptions,
    ...fastifyOptions,
  });
  // fastify-plugin keeps the app's decorators (db, config...) visible on the root instance.
  await instance.register(fp(app), options);
  await instance.ready();
  return instance;
}
