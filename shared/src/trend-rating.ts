import { isFiniteNumber, ratingSlack } from "./float-tolerance.ts";
import type { Polarity, Rag } from "./indicator-schema.ts";

/** Share of |baseline| an improvement must reach to be "Much better" when the indicator sets no threshold. */
export const DEFAULT_TREND_THRESHOLD_SHARE = 0.05;

export interface TrendRatingInput {
  value: number | null | undefined;
  /** The comparison figure (previous 6 months average, a fixed month...), see `baselineValue`. */
  baseline: number | null | undefined;
  polarity: Polarity;
  /** "Much better" threshold in the indicator's unit; null/undefined means 5% of |baseline|. */
  threshold?: number | null | undefined;
}

/**
 * The council's direction-of-travel rating against a baseline, coloured like the RAG:
 * GREEN "Much better", AMBER "Bit better", RED "Not better".
 *
 * improvement = value − baseline, with the sign flipped for lower-is-better indicators. Then
 * - GREEN when improvement > 0 and improvement ≥ threshold (default 5% of |baseline|);
 * - AMBER when 0 < improvement < threshold;
 * - RED otherwise (no change counts as "Not better").
 *
 * The threshold boundary is inclusive (reaching it is "Much better"); the zero boundary is strict (no
 * change is not an improvement). Within rounding noise of either boundary counts as on it, which keeps a
 * zero threshold (e.g. a baseline of 0) from calling "no change" much better.
 *
 * Returns null for neutral indicators or a missing/non-finite value or baseline.
 *
 * @throws RangeError when `threshold` is negative or not finite.
 */
export function trendRating({ value, baseline, polarity, threshold }: TrendRatingInput): Rag | null {
  if (polarity === "neutral" || !isFiniteNumber(value) || !isFiniteNumber(baseline)) return null;
  const muchBetter = threshold ?? DEFAULT_TREND_THRESHOLD_SHARE * Math.abs(baseline);
  if (!Number.isFinite(muchBetter) || muchBetter < 0) {
    throw new RangeError(`threshold must be a finite number ≥ 0, got ${String(threshold)}`);
  }
  const improvement = polarity === "higher_is_better" ? value - baseline : baseline - value;
  const slack = ratingSlack(baseline, muchBetter);
  if (improvement <= slack) return "RED";
  if (improvement >= muchBetter - slack) return "GREEN";
  return "AMBER";
}

/** The council legend's words for a RAG against target. */
export function ragLabel(rag: Rag): "On or above target" | "Near target" | "Off target" {
  switch (rag) {
    case "GREEN":
      return "On or above target";
    case "AMBER":
      return "Near target";
    case "RED":
      return "Off target";
  }
}

/** The council legend's words for a trend rating against the baseline. */
export function trendLabel(rag: Rag): "Much better" | "Bit better" | "Not better" {
  switch (rag) {
    case "GREEN":
      return "Much better";
    case "AMBER":
      return "Bit better";
    case "RED":
      return "Not better";
  }
}
