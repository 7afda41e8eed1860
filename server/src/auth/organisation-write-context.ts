import type { FastifyRequest } from "fastify";
import type { WriteContext } from "../db/write-transaction.ts";
import { requestInfo, servedOrganisation } from "../plugins/app/auth-guard.ts";
import { actorOf, writeContext } from "./actor.ts";

/** The audit context of a write to the organisation the guard resolved for the request. */
export function organisationWriteContext(request: FastifyRequest): WriteContext & { organisationId: number } {
  const organisation = servedOrganisation(request);
  return {
    ...writeContext(actorOf(request.principal), requestInfo(request), organisation.id),
    organisationId: organisation.id,
  };
}
