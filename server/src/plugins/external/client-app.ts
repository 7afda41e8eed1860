import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import fastifyStatic from "@fastify/static";
import type { FastifyInstance } from "fastify";
import fp from "fastify-plugin";
import { NotFoundError } from "../../errors.ts";

/**
 * Vite names everything under assets/ by content hash, so those files never change: cache them for
 * a year. index.html names the current hashes, so it must be revalidated on every load.
 */
export function cacheControlFor(filePath: string): string {
  return /[\\/]assets[\\/]/.test(filePath) ? "public, max-age=31536000, immutable" : "no-cache";
}

const defaultClientDist = fileURLToPath(new URL("../../../../client/dist", import.meta.url));

/**
 * Serves the built single-page app from the same port as the API. Unknown non-API paths get
 * index.html so deep links (/indicators/re-referrals?...) load the app; unknown /api paths stay 404 JSON.
 */
export default fp(
  async (app: FastifyInstance) => {
    const root = app.config.CLIENT_DIST ?? defaultClientDist;
    if (!existsSync(`${root}/index.html`)) {
      app.log.warn(
        { root },
        "client build not found: serving the API only (run pnpm --filter @scorecard/client build)",
      );
      return;
    }
    await app.register(fastifyStatic, {
      root,
      wildcard: false,
      index: "index.html",
      // Source maps stay on the server's disk for debugging, never served.
      allowedPath: (pathName) => !pathName.endsWith(".map"),
      setHeaders: (reply, filePath) => reply.header("cache-control", cacheControlFor(filePath)),
    });
    app.get("/*", { schema: { hide: true } }, (request, reply) => {
      if (request.url.startsWith("/api/") || request.url === "/api") {
        throw new NotFoundError(`No route for ${request.method} ${request.url.split("?")[0]}`);
      }
      return reply
        .type("text/html")
        .header("cache-control", cacheControlFor("index.html"))
        .sendFile("index.html");
    });
  },
  { name: "client-app", dependencies: ["config"] },
);
