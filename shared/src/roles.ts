import { z } from "zod";

/**
 * The roles a person (or API token) holds in one organisation, lowest first. Each role includes
 * everything the roles before it may do. The installation admin is not a role here: it is a flag
 * on the account and passes every check.
 */
export const roles = ["viewer", "editor", "approver", "org_admin"] as const;
export const roleSchema = z.enum(roles);
export type Role = z.infer<typeof roleSchema>;

/** Whether `role` is at least `minimum` in the viewer < editor < approver < org_admin order. */
export function roleAtLeast(role: Role, minimum: Role): boolean {
  return roles.indexOf(role) >= roles.indexOf(minimum);
}

/** The roles as people read them, with what each may do (for pickers and tables). */
export const roleLabels: Record<Role, string> = {
  viewer: "Viewer",
  editor: "Editor",
  approver: "Approver",
  org_admin: "Org admin",
};
