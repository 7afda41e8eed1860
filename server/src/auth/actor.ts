import type { Actor, WriteContext } from "../db/write-transaction.ts";
import type { Principal } from "./principal.ts";

/** What a request knows about itself, for the audit trail. */
export interface RequestInfo {
  ip: string;
  requestId: string;
}

export function actorOf(principal: Principal): Actor {
  if (principal.kind === "user")
    return { kind: "user", id: String(principal.user.id), label: principal.user.email };
  if (principal.kind === "token")
    return { kind: "token", id: String(principal.token.id), label: principal.token.name };
  return { kind: "anonymous", id: null, label: null };
}

export function writeContext(
  actor: Actor,
  info: RequestInfo | undefined,
  organisationId: number | null,
): WriteContext {
  return { actor, organisationId, requestId: info?.requestId, ip: info?.ip };
}

export const userActor = (user: { id: number; email: string }): Actor => ({
  kind: "user",
  id: String(user.id),
  label: user.email,
});
