/**
 * Rounds half away from zero, as council papers do (21.5% prints as 22%), rather than
 * `toFixed`, which rounds binary fractions unpredictably (1.005 → "1.00").
 */
export function roundHalfUp(value: number, decimals: number): number {
  const factor = 10 ** decimals;
  const shifted = Math.abs(value) * factor;
  // A relative nudge so that 0.285 × 100 (stored as 28.499999…) still rounds up.
  const rounded = Math.round(shifted * (1 + Number.EPSILON * 4)) / factor;
  return Math.sign(value) * rounded;
}
