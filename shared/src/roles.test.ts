import { describe, expect, it } from "vitest";
import { roleAtLeast, roles } from "./roles.ts";

describe("roleAtLeast", () => {
  it("orders viewer < editor < approver < org_admin", () => {
    expect(roles).toEqual(["viewer", "editor", "approver", "org_admin"]);
    expect(roleAtLeast("editor", "viewer")).toBe(true);
    expect(roleAtLeast("editor", "editor")).toBe(true);
    expect(roleAtLeast("editor", "approver")).toBe(false);
    expect(roleAtLeast("org_admin", "approver")).toBe(true);
    expect(roleAtLeast("viewer", "org_admin")).toBe(false);
  });
});
