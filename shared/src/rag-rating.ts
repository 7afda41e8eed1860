import { isFiniteNumber, ratingSlack } from "./float-tolerance.ts";
import type { Polarity, Rag } from "./indicator-schema.ts";

/** Share of |target| used as the amber band when an indicator sets no tolerance of its own. */
export const DEFAULT_TOLERANCE_SHARE = 0.1;

export interface RagRatingInput {
  value: number | null | undefined;
  target: number | null | undefined;
  polarity: Polarity;
  /** Width of the amber band in the indicator's own unit; null/undefined means 10% of |target|. */
  tolerance?: number | null | undefined;
}

/**
 * The council's RAG against target: GREEN "on or above target", AMBER "near target", RED "off target".
 *
 * - GREEN when the value meets or beats the target in the indicator's good direction.
 * - AMBER when it misses by no more than `tolerance` (in the indicator's unit; default 10% of |target|,
 *   so a 68% target has a 6.8-point amber band).
 * - RED otherwise.
 *
 * A value exactly on a boundary belongs to the better band (meeting the target is GREEN; missing by exactly
 * the tolerance is AMBER), and figures within rounding noise of a boundary count as on it — see
 * `float-tolerance.ts` for why.
 *
 * Returns null when there is nothing to rate: a neutral indicator (context counts have no good direction),
 * or a missing or non-finite value or target.
 *
 * @throws RangeError when `tolerance` is negative or not finite.
 */
export function ragRating({ value, target, polarity, tolerance }: RagRatingInput): Rag | null {
  if (polarity === "neutral" || !isFiniteNumber(value) || !isFiniteNumber(target)) return null;
  const amberBand = tolerance ?? DEFAULT_TOLERANCE_SHARE * Math.abs(target);
  if (!Number.isFinite(amberBand) || amberBand < 0) {
    throw new RangeError(`tolerance must be a finite number ≥ 0, got ${String(tolerance)}`);
  }
  const shortfall = polarity === "higher_is_better" ? target - value : value - target;
  const slack = ratingSlack(target, amberBand);
  if (shortfall <= slack) return "GREEN";
  if (shortfall <= amberBand + slack) return "AMBER";
  return "RED";
}
