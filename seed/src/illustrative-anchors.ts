import { comparePeriods, previousMonths } from "@scorecard/shared/periods";
import type { PublishedAreaId, PublishedFigure, PublishedScorecard } from "./published-scorecard-types.ts";

/**
 * The published figures the illustrative history is built around ("anchors"): every month column, plus
 * every fixed-month baseline (a "Mar-17" column is that month's published figure), one per series and month.
 */

/** One monthly series: an indicator for one area and optional breakdown (e.g. a caseload team type). */
export interface SeriesKey {
  indicatorId: string;
  areaId: PublishedAreaId;
  breakdown: string | null;
}

export interface PublishedAnchor extends SeriesKey {
  period: string;
  numerator: number | null;
  denominator: number | null;
  value: number | null;
  /** The period of the paper the figure was taken from. */
  paper: string;
  column: "month" | "fixed_month_baseline";
}

/** A figure a later paper printed differently for the same series and month; the later one is kept. */
export interface SupersededFigure {
  superseded: PublishedAnchor;
  keptFigure: PublishedAnchor;
}

export interface PublishedAnchors {
  /** One per (series, month), in series then month order. */
  anchors: PublishedAnchor[];
  superseded: SupersededFigure[];
}

export type SixMonthBaselineKind = "previous_6_months_average" | "previous_6_months_cumulative";

/** A printed "Prev. 6 months average/cumulative" figure and the window of months it summarises. */
export interface PrintedSixMonthBaseline extends SeriesKey {
  paper: string;
  kind: SixMonthBaselineKind;
  /** The six months before the paper's month, oldest first. */
  months: string[];
  figure: PublishedFigure;
}

export function seriesName(key: SeriesKey): string {
  return `${key.indicatorId}|${key.areaId}|${key.breakdown ?? ""}`;
}

/**
 * The published figure for each (series, month). When two papers print the same month, the later paper
 * wins (it restates the earlier, e.g. children in care for March 2016: 1,807 in April 2016, restated
 * 1,735 excluding UASC in December 2017); within one paper the month column wins over a fixed baseline.
 */
export function publishedAnchors(scorecards: readonly PublishedScorecard[]): PublishedAnchors {
  const byKey = new Map<string, PublishedAnchor>();
  const superseded: SupersededFigure[] = [];
  const keep = (anchor: PublishedAnchor): void => {
    const key = `${seriesName(anchor)}@${anchor.period}`;
    const earlier = byKey.get(key);
    if (earlier !== undefined && !sameNumbers(earlier, anchor)) {
      superseded.push({ superseded: earlier, keptFigure: anchor });
    }
    byKey.set(key, anchor);
  };

  for (const scorecard of papersOldestFirst(scorecards)) {
    for (const block of scorecard.blocks) {
      const baseline = block.baseline;
      if (baseline?.kind === "fixed_month" && baseline.month !== null) {
        for (const figure of baseline.figures) {
          keep(anchorOf(block.indicatorId, figure, baseline.month, scorecard.period, "fixed_month_baseline"));
        }
      }
    }
    for (const block of scorecard.blocks) {
      for (const figure of block.figures) {
        keep(anchorOf(block.indicatorId, figure, scorecard.period, scorecard.period, "month"));
      }
    }
  }

  const anchors = [...byKey.values()].sort(
    (a, b) => compareText(seriesName(a), seriesName(b)) || comparePeriods(a.period, b.period),
  );
  return { anchors, superseded };
}

/** Every printed 6-month baseline figure, oldest paper first. */
export function printedSixMonthBaselines(
  scorecards: readonly PublishedScorecard[],
): PrintedSixMonthBaseline[] {
  return papersOldestFirst(scorecards).flatMap((scorecard) =>
    scorecard.blocks.flatMap((block) => {
      const baseline = block.baseline;
      if (baseline === null) return [];
      const kind = baseline.kind;
      if (kind !== "previous_6_months_average" && kind !== "previous_6_months_cumulative") return [];
      return baseline.figures.map((figure) => ({
        indicatorId: block.indicatorId,
        areaId: figure.areaId,
        breakdown: figure.breakdown,
        paper: scorecard.period,
        kind,
        months: previousMonths(scorecard.period, 6),
        figure,
      }));
    }),
  );
}

function papersOldestFirst(scorecards: readonly PublishedScorecard[]): PublishedScorecard[] {
  // Array.prototype.sort is stable, so two papers for one month keep their input order.
  return [...scorecards].sort((a, b) => comparePeriods(a.period, b.period));
}

function anchorOf(
  indicatorId: string,
  figure: PublishedFigure,
  period: string,
  paper: string,
  column: PublishedAnchor["column"],
): PublishedAnchor {
  return {
    indicatorId,
    areaId: figure.areaId,
    breakdown: figure.breakdown,
    period,
    numerator: figure.numerator,
    denominator: figure.denominator,
    value: figure.value,
    paper,
    column,
  };
}

function sameNumbers(a: PublishedAnchor, b: PublishedAnchor): boolean {
  return a.numerator === b.numerator && a.denominator === b.denominator && a.value === b.value;
}

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
