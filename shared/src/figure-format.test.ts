import { describe, expect, it } from "vitest";
import { formatCount, formatValue } from "./figure-format.ts";

describe("formatValue", () => {
  it("prints each unit the way a board paper does", () => {
    expect(formatValue((268 / 1234) * 100, "percent", 1)).toBe("21.7%");
    expect(formatValue(1758, "count", 0)).toBe("1,758");
    expect(formatValue(232, "days", 0)).toBe("232 days");
    expect(formatValue(26.33, "rate_per_10k", 0)).toBe("26 per 10,000");
    expect(formatValue(15.4, "number", 1)).toBe("15.4");
  });

  it("shows a dash for a missing figure instead of 0", () => {
    expect(formatValue(null, "percent", 0)).toBe("—");
    expect(formatValue(Number.NaN, "count", 0)).toBe("—");
    expect(formatCount(undefined)).toBe("—");
  });
});
