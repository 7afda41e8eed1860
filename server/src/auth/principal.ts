import type { Role } from "@scorecard/shared/roles";

export interface PrincipalMembership {
  organisationId: number;
  slug: string;
  name: string;
  role: Role;
}

/** Who is making a request, decided once by the auth guard and read by services. */
export type Principal =
  | { kind: "anonymous" }
  | {
      kind: "user";
      user: { id: number; email: string; name: string; isInstallationAdmin: boolean };
      memberships: PrincipalMembership[];
      session: { id: number; csrfToken: string };
    }
  | {
      kind: "token";
      token: { id: number; name: string };
      isInstallationAdmin: boolean;
      memberships: PrincipalMembership[];
    };

export const anonymous: Principal = { kind: "anonymous" };

export function isInstallationAdmin(principal: Principal): boolean {
  if (principal.kind === "user") return principal.user.isInstallationAdmin;
  return principal.kind === "token" && principal.isInstallationAdmin;
}

export function roleIn(principal: Principal, organisationId: number): Role | null {
  if (principal.kind === "anonymous") return null;
  return principal.memberships.find((m) => m.organisationId === organisationId)?.role ?? null;
}
