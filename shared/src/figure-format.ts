import type { Unit } from "./indicator-schema.ts";
import { roundHalfUp } from "./rounding.ts";

/** How a figure is written wherever people read it: the pages, the board pack, the downloads' text. */

const groupedNumber = (decimals: number) =>
  new Intl.NumberFormat("en-GB", { minimumFractionDigits: decimals, maximumFractionDigits: decimals });

/** A figure as a board paper prints it: "21.7%", "1,758", "232 days", "26 per 10,000"; "—" when missing. */
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

/** Percentages get one decimal more than the papers print, so 21.7% is not mistaken for a rounded 22%. */
export function shownDecimals(unit: Unit, decimals: number): number {
  return unit === "percent" ? Math.max(decimals, 1) : decimals;
}
