import { describe, expect, it } from "vitest";
import { actionLabel, formatAuditKey, formatAuditValue } from "./audit-words.ts";

describe("audit words", () => {
  it("names row changes and keeps event names", () => {
    expect(actionLabel("update")).toBe("Changed");
    expect(actionLabel("membership.role-changed")).toBe("membership.role-changed");
  });

  it("shows values and keys as text", () => {
    expect(formatAuditValue(null)).toBe("empty");
    expect(formatAuditValue("editor")).toBe("editor");
    expect(formatAuditValue(12.5)).toBe("12.5");
    expect(formatAuditValue({ a: [1] })).toBe('{"a":[1]}');
    expect(formatAuditKey({ organisation_id: 2, user_id: 7 })).toBe("organisation_id 2, user_id 7");
    expect(formatAuditKey(null)).toBe("—");
  });
});
