import { describe, expect, it } from "vitest";
import { SN_MODEL_LABELS, snModelInForce } from "./neighbour-model.ts";

describe("snModelInForce", () => {
  it("uses the April 2021 model up to April 2025 and the May 2025 model from May 2025", () => {
    expect(snModelInForce("2017-12")).toBe("2021");
    expect(snModelInForce("2025-04")).toBe("2021");
    expect(snModelInForce("2025-05")).toBe("2025");
    expect(snModelInForce("2026-01")).toBe("2025");
  });

  it("labels each model by its publication month", () => {
    expect(SN_MODEL_LABELS[snModelInForce("2025-05")]).toMatch(/May 2025/);
    expect(SN_MODEL_LABELS[snModelInForce("2020-01")]).toMatch(/April 2021/);
  });
});
