import type { FastifyInstance } from "fastify";
import fp from "fastify-plugin";
import { ensureFirstAdmin } from "../../auth/user-service.ts";

/**
 * First run: with ADMIN_EMAIL and ADMIN_PASSWORD configured and no account in the database,
 * creates that installation admin. Never creates an account otherwise.
 */
export default fp(
  async (app: FastifyInstance) => {
    const { ADMIN_EMAIL, ADMIN_PASSWORD } = app.config;
    if (ADMIN_EMAIL && ADMIN_PASSWORD && (await ensureFirstAdmin(app.db, ADMIN_EMAIL, ADMIN_PASSWORD))) {
      app.log.info({ email: ADMIN_EMAIL }, "created the first installation admin from ADMIN_EMAIL");
    }
  },
  { name: "auth-first-admin", dependencies: ["config", "database"] },
);
