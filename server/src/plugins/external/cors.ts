import cors from "@fastify/cors";
import type { FastifyInstance } from "fastify";
import fp from "fastify-plugin";

/** Same-origin by default (the client is served by this process); extra origins come from CORS_ORIGINS. */
export default fp(
  async (app: FastifyInstance) => {
    const origins = app.config.CORS_ORIGINS.split(",")
      .map((origin) => origin.trim())
      .filter(Boolean);
    await app.register(cors, { origin: origins.length > 0 ? origins : false, methods: ["GET", "POST"] });
  },
  { name: "cors", dependencies: ["config"] },
);
