import type { AuditQuery } from "@scorecard/shared/audit-schema";
import type { FastifyInstance } from "fastify";
import fp from "fastify-plugin";
import { getAuditTrail } from "./audit-service.ts";

/** The audit trail's read side, bound to the app's database. The audit route calls only this. */
function auditService(app: FastifyInstance) {
  return {
    getAuditTrail: (organisationSlug: string, query: AuditQuery) =>
      getAuditTrail(app.db, organisationSlug, query),
  };
}

declare module "fastify" {
  interface FastifyInstance {
    auditService: ReturnType<typeof auditService>;
  }
}

export default fp(
  async (app: FastifyInstance) => {
    app.decorate("auditService", auditService(app));
  },
  { name: "audit-service", dependencies: ["database"] },
);
