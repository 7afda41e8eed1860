/**
 * Whole numbers, each within [lower[i], upper[i]], as close as the bounds allow to `values`, that add up to
 * exactly `total` (largest-remainder rounding after moving any shortfall into the items with room).
 *
 * Why: a printed 6-month baseline fixes the sum of six monthly numerators (or denominators, or values in
 * tenths); rounding each month on its own would miss that sum by a few units.
 *
 * Ties go to the earlier item, so the result is deterministic.
 * @throws RangeError when `total` is not a whole number, a bound is not a whole number (upper may be
 * Infinity), lower > upper, or the bounds cannot reach `total`.
 */
export function roundToTotal(
  values: readonly number[],
  total: number,
  lower: readonly number[],
  upper: readonly number[],
): number[] {
  const n = values.length;
  if (!Number.isInteger(total))
    throw new RangeError(`roundToTotal: total must be a whole number, got ${total}`);
  if (lower.length !== n || upper.length !== n) {
    throw new RangeError("roundToTotal: values, lower and upper must have the same length");
  }
  let lowerSum = 0;
  let upperSum = 0;
  for (let i = 0; i < n; i++) {
    const lo = at(lower, i);
    const hi = at(upper, i);
    if (!Number.isInteger(lo) || !(Number.isInteger(hi) || hi === Number.POSITIVE_INFINITY) || lo > hi) {
      throw new RangeError(`roundToTotal: item ${i} needs whole-number bounds with lower ≤ upper`);
    }
    lowerSum += lo;
    upperSum += hi;
  }
  if (total < lowerSum || total > upperSum) {
    throw new RangeError(`roundToTotal: ${total} is outside what the bounds allow (${lowerSum}–${upperSum})`);
  }

  const clamped = values.map((v, i) =>
    Math.min(at(upper, i), Math.max(at(lower, i), Number.isFinite(v) ? v : 0)),
  );
  const shifted = spreadShortfall(clamped, total, lower, upper);

  const rounded = shifted.map(Math.floor);
  let missing = total - rounded.reduce((sum, v) => sum + v, 0);
  // Largest remainders first for adding, smallest first for taking away; earlier items win ties.
  const order = shifted
    .map((v, i) => ({ i, remainder: v - Math.floor(v) }))
    .sort((a, b) => b.remainder - a.remainder || a.i - b.i);
  while (missing !== 0) {
    const step = missing > 0 ? 1 : -1;
    const candidates = step > 0 ? order : [...order].reverse();
    let moved = false;
    for (const { i } of candidates) {
      if (missing === 0) break;
      const next = at(rounded, i) + step;
      if (next < at(lower, i) || next > at(upper, i)) continue;
      rounded[i] = next;
      missing -= step;
      moved = true;
    }
    if (!moved) throw new RangeError("roundToTotal: could not reach the total within the bounds");
  }
  return rounded;
}

/** Moves total − Σ values into the items in proportion to their room, so the sum is `total` (up to float error). */
function spreadShortfall(
  values: readonly number[],
  total: number,
  lower: readonly number[],
  upper: readonly number[],
): number[] {
  const shortfall = total - values.reduce((sum, v) => sum + v, 0);
  if (shortfall === 0) return [...values];
  const room = values.map((v, i) =>
    shortfall > 0 ? Math.min(at(upper, i) - v, shortfall) : Math.min(v - at(lower, i), -shortfall),
  );
  const totalRoom = room.reduce((sum, r) => sum + r, 0);
  if (totalRoom <= 0) return [...values];
  return values.map((v, i) => v + (shortfall * at(room, i)) / totalRoom);
}

function at(list: readonly number[], i: number): number {
  const value = list[i];
  if (value === undefined) throw new RangeError(`roundToTotal: no item ${i}`);
  return value;
}
