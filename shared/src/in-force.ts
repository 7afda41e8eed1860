/**
 * Targets and benchmarks change over time; a month is judged by what was in force then.
 * Both are append-only histories keyed by the first month they apply to.
 */

/** The entry with the latest `effectiveFrom` that is not after `period` ("YYYY-MM" compares as text). */
export function inForceAt<T extends { effectiveFrom: string }>(
  history: readonly T[],
  period: string,
): T | null {
  let current: T | null = null;
  for (const entry of history) {
    if (entry.effectiveFrom <= period && (current === null || entry.effectiveFrom > current.effectiveFrom)) {
      current = entry;
    }
  }
  return current;
}

/**
 * Which mid-year population estimate a month's rate per 10,000 uses: the latest estimate for a
 * mid-year before the month's calendar year (December 2017 → mid-2016), falling back to the
 * earliest held when none is that old. ONS publishes mid-year t in the summer of t+1, so a
 * council paper written in year y normally has mid-(y−1) at best.
 */
export function populationForPeriod<T extends { year: number }>(
  estimates: readonly T[],
  period: string,
): T | null {
  const calendarYear = Number(period.slice(0, 4));
  let best: T | null = null;
  let earliest: T | null = null;
  for (const estimate of estimates) {
    if (earliest === null || estimate.year < earliest.year) earliest = estimate;
    if (estimate.year < calendarYear && (best === null || estimate.year > best.year)) best = estimate;
  }
  return best ?? earliest;
}
