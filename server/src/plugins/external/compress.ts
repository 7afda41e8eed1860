import fastifyCompress from "@fastify/compress";
import type { FastifyInstance } from "fastify";
import fp from "fastify-plugin";

/**
 * gzip/brotli for answers of 1 KB and more (JSON, the client's assets), as the request accepts.
 * It hooks each route added after it, so it is registered before every route.
 */
export default fp(
  async (app: FastifyInstance) => {
    await app.register(fastifyCompress, { global: true, threshold: 1024 });
  },
  { name: "compress" },
);
