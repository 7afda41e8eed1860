/**
 * Slack for comparisons that decide a rating band.
 *
 * Why: scorecard figures are computed in binary floating point (268 / 1234 × 100, 0.1 + 0.2, a mean of
 * twelve months...), so a figure that sits exactly on a band boundary in decimal arithmetic can come out a
 * few units in the last place either side of it. Every comparison that decides a band allows one part in a
 * billion of the magnitudes involved. No published children's services indicator is reported to nine
 * significant figures, so this slack never changes a genuine rating; it only stops rounding noise from
 * deciding one.
 */
export const RELATIVE_EPSILON = 1e-9;

/**
 * Slack for figures on a human scale (percentages, counts, rates, days): relative to the largest magnitude
 * given, with a floor of 1e-9 in absolute terms so that a target of 0 still absorbs noise such as
 * 0.1 + 0.2 − 0.3 = 5.6e-17.
 */
export function ratingSlack(...magnitudes: readonly number[]): number {
  return RELATIVE_EPSILON * Math.max(1, ...magnitudes.map((m) => Math.abs(m)));
}

/**
 * Purely relative slack (no absolute floor), for SPC where results must not depend on the units the data
 * are written in: multiplying every value by a constant must flag the same points.
 */
export function relativeSlack(...magnitudes: readonly number[]): number {
  return RELATIVE_EPSILON * Math.max(0, ...magnitudes.map((m) => Math.abs(m)));
}

/** True when `x` is a finite number (not null, undefined, NaN or ±Infinity). */
export function isFiniteNumber(x: number | null | undefined): x is number {
  return typeof x === "number" && Number.isFinite(x);
}
