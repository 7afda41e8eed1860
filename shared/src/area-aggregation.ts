import { combineSnapshotCounts, ratioOfSums, weightedMean } from "./aggregation.ts";
import { isFiniteNumber } from "./float-tolerance.ts";
import type { MeasureKind } from "./indicator-schema.ts";

export interface AreaFigure {
  numerator: number | null;
  denominator: number | null;
  value: number | null;
}

/**
 * A parent area's figure made from its children's when it has none of its own (a district made
 * from its wards, a city from its areas), by the indicator's measure kind:
 * - `ratio`: the ratio of the summed numerators and denominators (never an average of percentages);
 *   every child needs both parts.
 * - `snapshot_count`: the children's counts added up (and their denominators, when all have one).
 * - `mean`: the mean weighted by each child's denominator (e.g. social workers for caseload); a mean
 *   without weights cannot be combined honestly, so that gives null.
 * Returns null when any child lacks what its kind needs: a total short of a child is not the total.
 */
export function combineAreaFigures(
  measureKind: MeasureKind,
  children: readonly AreaFigure[],
): AreaFigure | null {
  if (children.length === 0) return null;
  if (measureKind === "ratio") {
    const parts = children.map(({ numerator, denominator }) => ({ numerator, denominator }));
    if (!parts.every((part) => isFiniteNumber(part.numerator) && isFiniteNumber(part.denominator)))
      return null;
    const combined = ratioOfSums(parts as { numerator: number; denominator: number }[]);
    return { numerator: combined.numerator, denominator: combined.denominator, value: null };
  }
  if (measureKind === "snapshot_count") {
    const total = combineSnapshotCounts(children.map((child) => child.numerator ?? child.value));
    if (total === null) return null;
    const denominators = children.map((child) => child.denominator);
    const denominator = denominators.every(isFiniteNumber)
      ? denominators.reduce((sum, d) => sum + d, 0)
      : null;
    return { numerator: total, denominator, value: total };
  }
  if (!children.every((child) => isFiniteNumber(child.value) && isFiniteNumber(child.denominator)))
    return null;
  const mean = weightedMean(
    children.map((child) => ({ value: child.value as number, weight: child.denominator as number })),
  );
  if (mean === null) return null;
  const weight = children.reduce((sum, child) => sum + (child.denominator as number), 0);
  return { numerator: null, denominator: weight, value: mean };
}
