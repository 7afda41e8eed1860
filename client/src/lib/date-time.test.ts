import { describe, expect, it } from "vitest";
import { formatDateTime } from "./date-time.ts";

describe("formatDateTime", () => {
  it("shows UK time, with summer time, whatever the reader's zone", () => {
    expect(formatDateTime("2026-01-15T09:14:03Z")).toBe("15 January 2026 at 09:14:03 GMT");
    expect(formatDateTime("2026-07-15T09:14:03Z")).toBe("15 July 2026 at 10:14:03 BST");
  });

  it("shows a dash for no time and the text itself when it is not a time", () => {
    expect(formatDateTime(null)).toBe("—");
    expect(formatDateTime("soon")).toBe("soon");
  });
});
