import type { FastifyInstance } from "fastify";
import fp from "fastify-plugin";
import helmet from "helmet";

/**
 * Security headers on every response, registered before the auth guard so refusals carry them too.
 * The Content-Security-Policy allows scripts and styles from this origin only: no inline script
 * (the built client has none). The API reference (/api/docs) sends its own policy (see openapi.ts).
 * HSTS only over HTTPS: on plain HTTP it would be ignored at best and lock out a test install at worst.
 *
 * helmet's middleware is built once here. @fastify/helmet builds a new one for every request, which
 * cost about 6 % of the server's CPU on cached reads under load (bench:load's profile).
 */
const applySecurityHeaders = helmet({
  contentSecurityPolicy: {
    useDefaults: false,
    directives: {
      defaultSrc: ["'self'"],
      baseUri: ["'self'"],
      connectSrc: ["'self'"],
      fontSrc: ["'self'", "data:"],
      formAction: ["'self'"],
      frameAncestors: ["'none'"],
      imgSrc: ["'self'", "data:"],
      objectSrc: ["'none'"],
      scriptSrc: ["'self'"],
      scriptSrcAttr: ["'none'"],
      styleSrc: ["'self'"],
    },
  },
  referrerPolicy: { policy: "strict-origin-when-cross-origin" },
  strictTransportSecurity: false,
  crossOriginEmbedderPolicy: false,
});

export default fp(
  async (app: FastifyInstance) => {
    app.addHook("onRequest", (request, reply, done) => {
      applySecurityHeaders(request.raw, reply.raw, (error?: unknown) => done(error as Error | undefined));
    });
    app.addHook("onSend", async (request, reply) => {
      if (request.protocol === "https") {
        reply.header("strict-transport-security", "max-age=31536000; includeSubDomains");
      }
    });
  },
  { name: "helmet" },
);
