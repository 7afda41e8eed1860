import type { MonthSummary } from "@scorecard/shared/month-schema";
import { describe, expect, it } from "vitest";
import { availableSteps } from "./month-steps.tsx";

const month = (state: MonthSummary["state"]) => ({ state }) as MonthSummary;

describe("the steps offered", () => {
  it("follow the cycle's rules for each role and state", () => {
    expect(availableSteps(null, "editor")).toEqual(["open"]);
    expect(availableSteps(null, "viewer")).toEqual([]);
    expect(availableSteps(month("draft"), "editor")).toEqual(["submit"]);
    expect(availableSteps(month("submitted"), "editor")).toEqual([]);
    expect(availableSteps(month("submitted"), "approver")).toEqual(["return", "approve"]);
    expect(availableSteps(month("approved"), "org_admin")).toEqual(["return", "publish"]);
    expect(availableSteps(month("published"), "approver")).toEqual(["reopen"]);
    expect(availableSteps(month("published"), "editor")).toEqual([]);
    expect(availableSteps(month("draft"), null)).toEqual([]);
  });
});
