import type { Unit } from "@scorecard/shared/indicator-schema";

/**
 * Rounds half away from zero, as the council's papers do (21.5% prints as 22%), rather than
 * JavaScript's toFixed, which rounds binary fractions unpredictably (1.005 → "1.00").
 */
export function roundHalfUp(value: number, decimals: number): number {
  const factor = 10 ** decimals;
  const shifted = Math.abs(value) * factor;
  // Nudge by a relative epsilon so 0.285 × 100 (= 28.499999…) still rounds up.
  const rounded = Math.round(shifted * (1 + Number.EPSILON * 4)) / factor;
  return Math.sign(value) * rounded;
}

const groupedNumber = (decimals: number) =>
  new Intl.NumberFormat("en-GB", { minimumFractionDigits: decimals, maximumFractionDigits: decimals });

/** A figure as a board paper prints it: "21.7%", "1,758", "232 days", "26 per 10,000". */
export function formatValue(value: number | null | undefined, unit: Unit, decimals: number): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return "—";
  const text = groupedNumber(decimals).format(roundHalfUp(value, decimals));
  switch (unit) {
    case "percent":
      return `${text}%`;
    case "days":
      return `${text} days`;
    case "rate_per_10k":
      return `${text} per 10,000`;
    default:
      return text;
  }
}

/** A count with thousands separators, or a dash when missing. */
export function formatCount(value: number | null | undefined): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return "—";
  return groupedNumber(0).format(roundHalfUp(value, 0));
}
