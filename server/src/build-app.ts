import Fastify, { type FastifyServerOptions } from "fastify";
import fp from "fastify-plugin";
import { type AppOptions, app } from "./app.ts";
import { trustProxySetting } from "./config.ts";

/** Builds a ready Fastify instance; `server.ts` listens on it, tests call `inject`. */
export async function buildApp(options: AppOptions, fastifyOptions: FastifyServerOptions = {}) {
  const instance = Fastify({
    logger: { level: options.config.LOG_LEVEL },
    // JSON bodies are small; routes that take uploads set their own limit.
    bodyLimit: 64 * 1024,
    trustProxy: trustProxySetting(options.config.TRUST_PROXY),
    ...fastifyOptions,
  });
  // fastify-plugin keeps the app's decorators (db, config...) visible on the root instance.
  await instance.register(fp(app), options);
  await instance.ready();
  return instance;
}
