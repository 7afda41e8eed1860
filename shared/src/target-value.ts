import type { Unit } from "./indicator-schema.ts";

/**
 * Why a target cannot be one for an indicator of this unit, or null when it can. Every unit the
 * catalogue has counts or measures something that is never below zero; a percentage is at most 100.
 */
export function targetValueProblem(unit: Unit, value: number | null): string | null {
  if (value === null) return null;
  if (!Number.isFinite(value) || value < 0)
    return "value: a target is a number of 0 or more (null for no target)";
  if (unit === "percent" && value > 100) return "value: a percentage target is at most 100";
  return null;
}
