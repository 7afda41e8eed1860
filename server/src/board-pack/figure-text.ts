import type { Unit } from "@scorecard/shared/indicator-schema";
import { roundHalfUp } from "@scorecard/shared/rounding";

const grouped = (decimals: number) =>
  new Intl.NumberFormat("en-GB", { minimumFractionDigits: decimals, maximumFractionDigits: decimals });

/** Percentages get one decimal more than the papers print, as on the scorecard page. */
export function shownDecimals(unit: Unit, decimals: number): number {
  return unit === "percent" ? Math.max(decimals, 1) : decimals;
}

/** A figure as the scorecard page prints it: "21.7%", "1,758", "232 days", "26 per 10,000"; "—" when missing. */
export function figureText(value: number | null | undefined, unit: Unit, decimals: number): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return "—";
  const places = shownDecimals(unit, decimals);
  const text = grouped(places).format(roundHalfUp(value, places));
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

/** "14 Feb 2018" from an ISO timestamp. */
export function shortDate(iso: string): string {
  return new Date(iso).toLocaleDateString("en-GB", {
    day: "numeric",
    month: "short",
    year: "numeric",
    timeZone: "UTC",
  });
}
