import type { IllustrativeObservation } from "./illustrative-history.ts";
import type { PublishedScorecard } from "./published-scorecard-types.ts";

/**
 * Drops generated figures that would contradict a paper: in a month a paper covered, an indicator
 * has exactly the areas and breakdowns that paper printed (December 2017 had no MASH column, so
 * December 2017 gets no illustrative MASH figure). Months no paper covered keep every series.
 */
export function consistentWithPapers(
  history: readonly IllustrativeObservation[],
  scorecards: readonly PublishedScorecard[],
): IllustrativeObservation[] {
  const printedSeries = new Map<string, Set<string>>();
  for (const scorecard of scorecards) {
    for (const block of scorecard.blocks) {
      const series = new Set(block.figures.map((figure) => `${figure.areaId}|${figure.breakdown ?? ""}`));
      printedSeries.set(`${block.indicatorId}|${scorecard.period}`, series);
    }
  }
  return history.filter((observation) => {
    const printed = printedSeries.get(`${observation.indicatorId}|${observation.period}`);
    return !printed || printed.has(`${observation.areaId}|${observation.breakdown ?? ""}`);
  });
}
