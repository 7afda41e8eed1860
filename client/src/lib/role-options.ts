import { type Role, roleLabels, roles } from "@scorecard/shared/roles";

/** The roles as select options, lowest first. */
export const roleOptions: readonly { value: Role; label: string }[] = roles.map((role) => ({
  value: role,
  label: roleLabels[role],
}));
