import { type Role, roleAtLeast } from "@scorecard/shared/roles";
import { isInstallationAdmin, type Principal, roleIn } from "./principal.ts";

/**
 * What a reader may see of an organisation's data, as one word: the public (anonymous, or signed in
 * without a role there), a role, or the installation admin. Drafts are for editors and above.
 */
export type ViewerClass = "public" | Role | "installation-admin";

export function viewerClassOf(principal: Principal, organisationId: number): ViewerClass {
  if (isInstallationAdmin(principal)) return "installation-admin";
  return roleIn(principal, organisationId) ?? "public";
}

export function seesDrafts(viewer: ViewerClass): boolean {
  if (viewer === "installation-admin") return true;
  return viewer !== "public" && roleAtLeast(viewer, "editor");
}
