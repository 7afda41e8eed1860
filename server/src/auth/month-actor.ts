import type { FastifyRequest } from "fastify";
import type { MonthActor } from "../months/month-service.ts";
import { requestInfo, servedOrganisation } from "../plugins/app/auth-guard.ts";
import { actorOf, writeContext } from "./actor.ts";

/**
 * Who takes a step in a month, from the request the guard authorised: the audit context, the
 * account (a token is no person, so it can never be the second pair of eyes) and its label.
 */
export function monthActorOf(request: FastifyRequest): MonthActor {
  const organisation = servedOrganisation(request);
  const actor = actorOf(request.principal);
  const principal = request.principal;
  return {
    context: {
      ...writeContext(actor, requestInfo(request), organisation.id),
      organisationId: organisation.id,
    },
    userId: principal.kind === "user" ? principal.user.id : null,
    label: actor.label ?? "unknown",
  };
}
