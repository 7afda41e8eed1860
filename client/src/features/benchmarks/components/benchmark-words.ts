import type { Quartile } from "@scorecard/shared/benchmark-stats";
import { formatValue } from "@scorecard/shared/figure-format";
import type { Polarity, Unit } from "@scorecard/shared/indicator-schema";
import { roundHalfUp } from "@scorecard/shared/rounding";
import { isSuppressionCode, SUPPRESSION_MEANINGS } from "@scorecard/shared/suppression-codes";
import { polarityWords } from "../../../lib/polarity-words.ts";

/** What to check when the server turns a benchmarks request down: this page's choices, not the scorecard's. */
export const BENCHMARKS_ERROR_ADVICE =
  "Check the measure, the local authority (its three-digit DfE code), the year or the statistical neighbour model in the address, or start again from Benchmarks in the menu.";

/** "1st", "2nd", "3rd", "11th", "22nd", "113th". */
export function ordinal(n: number): string {
  const lastTwo = Math.abs(n) % 100;
  if (lastTwo >= 11 && lastTwo <= 13) return `${n}th`;
  switch (Math.abs(n) % 10) {
    case 1:
      return `${n}st`;
    case 2:
      return `${n}nd`;
    case 3:
      return `${n}rd`;
    default:
      return `${n}th`;
  }
}

export const capitalise = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/** "12th of 151" ("joint 12th of 151" when shared), or why there is no rank: context measures never are. */
export function rankText(rank: number | null, rankOf: number, polarity: Polarity, joint = false): string {
  if (polarity === "neutral") return "not ranked: context measure";
  if (rank === null) return "not ranked: no figure";
  return `${joint ? "joint " : ""}${ordinal(rank)} of ${rankOf}`;
}

/** What a DfE suppression code means, in words; "not published" for a code we do not know. */
export function suppressionMeaning(code: string): string {
  const normalised = code.trim().toLowerCase();
  return isSuppressionCode(normalised) ? SUPPRESSION_MEANINGS[normalised] : "not published";
}

/** The words shown instead of a figure: never 0, never blank. "Not published: confidential (c)". */
export function missingFigureText(suppression: string | null): string {
  if (suppression === null || suppression.trim() === "") return "No figure";
  return `Not published: ${suppressionMeaning(suppression)} (${suppression})`;
}

/** A figure with its unit at DfE's precision, or the reason it is missing. */
export function figureText(
  value: number | null,
  suppression: string | null,
  unit: Unit,
  decimals: number,
): string {
  return value === null ? missingFigureText(suppression) : formatValue(value, unit, decimals);
}

/** Which way is better: the shared sentence, with what a context measure means here. */
export const measurePolarityWords = (polarity: Polarity) =>
  polarityWords(polarity, "so local authorities are not ranked or put in quartile bands on it");

/** What rank 1 means, in words. */
export function rankOneWords(polarity: Polarity): string {
  if (polarity === "higher_is_better") return "1st has the highest figure (best)";
  if (polarity === "lower_is_better") return "1st has the lowest figure (best)";
  return "context measures are not ranked";
}

const quartileMeanings: Record<Quartile, string> = {
  A: "best quarter of local authorities",
  B: "second-best quarter of local authorities",
  C: "second-worst quarter of local authorities",
  D: "worst quarter of local authorities",
};

export function quartileMeaning(quartile: Quartile): string {
  return quartileMeanings[quartile];
}

export const QUARTILE_KEY =
  "A = best quarter of local authorities, B = second best, C = second worst, D = worst.";

/** The gap between two figures as a reader says it: "1.9 percentage points lower (better)". */
export function differenceWords(
  value: number | null,
  other: number | null,
  unit: Unit,
  decimals: number,
  polarity: Polarity,
): string | null {
  if (value === null || other === null) return null;
  const gap = roundHalfUp(roundHalfUp(value, decimals) - roundHalfUp(other, decimals), decimals);
  if (gap === 0) return "the same";
  const size = formatValue(Math.abs(gap), "number", decimals);
  const amount =
    unit === "percent"
      ? `${size} percentage ${size === "1" || size === "1.0" ? "point" : "points"}`
      : unit === "rate_per_10k"
        ? `${size} per 10,000`
        : unit === "days"
          ? `${size} days`
          : size;
  const higher = gap > 0;
  const direction = higher ? "higher" : "lower";
  if (polarity === "neutral") return `${amount} ${direction}`;
  const better = higher === (polarity === "higher_is_better");
  return `${amount} ${direction} (${better ? "better" : "worse"})`;
}
