/**
 * The four special-cause rules of NHS England's "Making Data Count" (MDC) XmR charts, each as a pure
 * function over one series. They return, for every point, the direction of the signal it is part of:
 * 1 (high / increasing), -1 (low / decreasing) or 0 (not part of that signal).
 *
 * Sources:
 * - NHS England, "Making data count: strengthening your decisions" (2019, updated 2021): the four rules
 *   (a point beyond a process limit; a shift of 7 points one side of the mean; a trend of 7 points all
 *   increasing or all decreasing; two out of three points close to a process limit) and that every point
 *   making up a signal is coloured, not only the one that completes it.
 * - NHSRplotthedots (github.com/nhs-r-community/NHSRplotthedots), R/ptd_calculate_point_type.R: a point on
 *   the mean breaks a shift; a trend of 7 is seven points with six strict rises (1:7 is a trend, equal
 *   neighbours break it); the part-of-signal back-fill.
 * - The MDC Excel tools let the user choose 6 or 7 points for shifts and trends, hence `runLength`.
 */

/**
 * The rules, in the order in which they decide a point's colour when it is part of more than one
 * signal, as NHSRplotthedots does since PR #180 (fixing issues #171 and #122): beyond a limit, then
 * trend, then two-in-three, then shift. A trend is coloured by its direction, not by which side of
 * the mean it sits.
 */
export const SPC_RULE_PRECEDENCE = [
  "outside_limits",
  "trend",
  "two_of_three_beyond_two_sigma",
  "shift",
] as const;

export type SpcRuleId = (typeof SPC_RULE_PRECEDENCE)[number];

/** 1 = high or increasing, -1 = low or decreasing, 0 = no signal. */
export type SignalDirection = 1 | -1 | 0;

/**
 * Rule "shift": a run of at least `runLength` consecutive points on the same side of the mean.
 * `sides` gives each point's side (1 above, -1 below, 0 on the mean); a point on the mean breaks the run.
 * Every point of a qualifying run is flagged, including those beyond the `runLength`-th.
 */
export function shiftSignals(sides: readonly SignalDirection[], runLength: number): SignalDirection[] {
  const flags: SignalDirection[] = sides.map(() => 0);
  let start = 0;
  for (let i = 1; i <= sides.length; i++) {
    const side = sides[start] ?? 0;
    if (i < sides.length && sides[i] === side) continue;
    if (side !== 0 && i - start >= runLength) flags.fill(side, start, i);
    start = i;
  }
  return flags;
}

/**
 * Rule "trend": at least `runLength` consecutive points each strictly higher (or each strictly lower) than
 * the one before, i.e. `runLength − 1` rises in a row. Equal neighbours break a trend (MDC; NHSRplotthedots
 * tests: c(1:3, 3:6) is not a trend). All points of the trend are flagged with its direction. A turning
 * point that ends one trend and starts the opposite one takes the direction of the later trend, as
 * NHSRplotthedots does ("if a point is part of a trend either side, use right side").
 */
export function trendSignals(values: readonly number[], runLength: number): SignalDirection[] {
  const flags: SignalDirection[] = values.map(() => 0);
  const step = (i: number): SignalDirection => {
    const a = values[i - 1];
    const b = values[i];
    if (a === undefined || b === undefined || a === b) return 0;
    return b > a ? 1 : -1;
  };
  // A run of equal, non-zero steps from step `start` to step `i - 1` covers points start-1 .. i-1.
  let start = 1;
  for (let i = 2; i <= values.length; i++) {
    const direction = step(start);
    if (i < values.length && step(i) === direction) continue;
    if (direction !== 0 && i - start + 1 >= runLength) flags.fill(direction, start - 1, i);
    start = i;
  }
  return flags;
}

/**
 * Rule "two of three beyond two sigma": in any three consecutive points, two or more lie beyond two sigma
 * (mean ± ⅔ × 2.66 × mR̄) on the same side. Those points are flagged (MDC colours the points near the
 * limit, not the third point). `beyondTwoSigma` gives each point's side beyond two sigma (1 above,
 * -1 below, 0 within); a point beyond the process limit also counts as beyond two sigma.
 *
 * This is the Western Electric form the brief specifies. NHSRplotthedots differs in two details: it
 * counts only points between two sigma and the limit, and it also requires the third point to be on the
 * same side of the mean (its issue #143). The deciding cases — two points near the same limit — agree.
 */
export function twoOfThreeSignals(beyondTwoSigma: readonly SignalDirection[]): SignalDirection[] {
  const flags: SignalDirection[] = beyondTwoSigma.map(() => 0);
  for (let start = 0; start + 3 <= beyondTwoSigma.length; start++) {
    for (const side of [1, -1] as const) {
      const members = [start, start + 1, start + 2].filter((i) => beyondTwoSigma[i] === side);
      if (members.length >= 2) for (const i of members) flags[i] = side;
    }
  }
  return flags;
}
