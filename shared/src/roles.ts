import { z } from "zod";

/**
 * The roles a person (or API token) holds in one organisation, lowest first. Each role includes
 * everything the roles before it may do. The installation admin is not a role here: it is a flag
 * on the account and passes every check.
 */
export const roleSchema = z.enum(["viewer", "editor", "approver", "org_admin"]);
export type Role = z.infer<typeof roleSchema>;

export const roles = roleSchema.options;

/** Whether `role` is at least `minimum` in the viewer < editor < approver < org_admin order. */
export function roleAtLeast(role: Role, minimum: Role): boolean {
  return roles.indexOf(role) >= roles.indexOf(minimum);
}
