import swagger from "@fastify/swagger";
import swaggerUi from "@fastify/swagger-ui";
import type { FastifyInstance } from "fastify";
import fp from "fastify-plugin";
import { jsonSchemaTransform } from "fastify-type-provider-zod";

/** OpenAPI generated from the shared zod schemas, browsable at /api/docs (JSON at /api/docs/json). */
export default fp(
  async (app: FastifyInstance) => {
    await app.register(swagger, {
      openapi: {
        info: {
          title: "Scorecard API",
          description:
            "Monthly children's services performance indicators with targets, ratings and benchmarks.",
          version: "0.1.0",
        },
      },
      transform: jsonSchemaTransform,
    });
    // The reference page's own policy, stricter than swagger-ui's default: its scripts are files
    // (no inline script); its styles and icons need inline styles and data: images.
    await app.register(swaggerUi, {
      routePrefix: "/api/docs",
      staticCSP: {
        "default-src": ["'self'"],
        "base-uri": ["'self'"],
        "connect-src": ["'self'"],
        "font-src": ["'self'", "data:"],
        "form-action": ["'self'"],
        "frame-ancestors": ["'none'"],
        "img-src": ["'self'", "data:"],
        "object-src": ["'none'"],
        "script-src": ["'self'"],
        "script-src-attr": ["'none'"],
        "style-src": ["'self'", "'unsafe-inline'"],
      },
    });
  },
  { name: "openapi" },
);
