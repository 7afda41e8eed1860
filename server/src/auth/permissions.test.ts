import { describe, expect, it } from "vitest";
import { decide } from "./permissions.ts";
import type { Principal } from "./principal.ts";

const member = (role: "viewer" | "editor" | "approver" | "org_admin", organisationId = 1): Principal => ({
  kind: "user",
  user: { id: 1, email: "a@example.org", name: "A", isInstallationAdmin: false },
  memberships: [{ organisationId, slug: "x", name: "X", role }],
  session: { id: 1, csrfToken: "c" },
});
const publicOrg = { id: 1, isPublic: true };
const privateOrg = { id: 1, isPublic: false };

describe("decide", () => {
  it("lets anyone read a public organisation and only members read a private one", () => {
    expect(decide({ kind: "anonymous" }, "org-read", publicOrg)).toBe("allow");
    expect(decide({ kind: "anonymous" }, "org-read", privateOrg)).toBe("unauthenticated");
    expect(decide(member("viewer", 2), "org-read", privateOrg)).toBe("forbidden");
    expect(decide(member("viewer"), "org-read", privateOrg)).toBe("allow");
  });

  it("orders roles and confines them to their organisation", () => {
    expect(decide(member("editor"), "approver", publicOrg)).toBe("forbidden");
    expect(decide(member("org_admin"), "approver", publicOrg)).toBe("allow");
    expect(decide(member("org_admin", 2), "editor", publicOrg)).toBe("forbidden");
  });

  it("lets the installation admin pass everything but a person-only check made with a token", () => {
    const token: Principal = {
      kind: "token",
      token: { id: 1, name: "t" },
      isInstallationAdmin: true,
      memberships: [],
    };
    expect(decide(token, "installation-admin", null)).toBe("allow");
    expect(decide(token, "org_admin", privateOrg)).toBe("allow");
    expect(decide(token, "signed-in", null)).toBe("forbidden");
  });
});
