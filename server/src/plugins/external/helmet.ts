import helmet from "@fastify/helmet";
import type { FastifyInstance } from "fastify";
import fp from "fastify-plugin";

/**
 * Security headers on every response, registered before the auth guard so refusals carry them too.
 * The Content-Security-Policy allows scripts and styles from this origin only: no inline script
 * (the built client has none). The API reference (/api/docs) sends its own policy (see openapi.ts).
 * HSTS only over HTTPS: on plain HTTP it would be ignored at best and lock out a test install at worst.
 */
export default fp(
  async (app: FastifyInstance) => {
    await app.register(helmet, {
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
    app.addHook("onSend", async (request, reply) => {
      if (request.protocol === "https") {
        reply.header("strict-transport-security", "max-age=31536000; includeSubDomains");
      }
    });
  },
  { name: "helmet" },
);
