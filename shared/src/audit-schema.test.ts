import { describe, expect, it } from "vitest";
import { auditSearchSchema } from "./audit-schema.ts";

describe("auditSearchSchema", () => {
  it("reads the audit page's filters and page from the address", () => {
    expect(
      auditSearchSchema.parse({
        from: "2026-01-01",
        to: "2026-01-31",
        table: "memberships",
        actor: "admin@example.org",
        page: "3",
      }),
    ).toEqual({
      from: "2026-01-01",
      to: "2026-01-31",
      table: "memberships",
      actor: "admin@example.org",
      page: 3,
    });
  });

  it("falls back to no filter and page 1 for values it cannot read", () => {
    expect(
      auditSearchSchema.parse({
        from: "yesterday",
        to: "2026-13-40",
        table: "passwords",
        actor: "",
        page: "0",
      }),
    ).toEqual({ page: 1 });
    expect(auditSearchSchema.parse({})).toEqual({ page: 1 });
  });
});
