import { formatValue, shownDecimals } from "@scorecard/shared/figure-format";
import type { Unit } from "@scorecard/shared/indicator-schema";

/** A figure as the scorecard page prints it: "21.7%", "1,758", "232 days", "26 per 10,000"; "—" when missing. */
export function figureText(value: number | null | undefined, unit: Unit, decimals: number): string {
  return formatValue(value, unit, shownDecimals(unit, decimals));
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
