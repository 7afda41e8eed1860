import { isFiniteNumber } from "@scorecard/shared/float-tolerance";
import type { Unit } from "@scorecard/shared/indicator-schema";
import { comparePeriods, isPeriod, monthsBetween, parsePeriod, periodLabel } from "@scorecard/shared/periods";
import {
  type PrintedSixMonthBaseline,
  type PublishedAnchor,
  printedSixMonthBaselines,
  publishedAnchors,
  type SeriesKey,
  type SixMonthBaselineKind,
  type SupersededFigure,
  seriesName,
} from "./illustrative-anchors.ts";
import { hashSeed, mulberry32, triangularNoise } from "./illustrative-random.ts";
import { roundToTotal } from "./illustrative-rounding.ts";
import { indicatorSeeds } from "./indicators.ts";
import type { IndicatorSeed, PublishedAreaId, PublishedScorecard } from "./published-scorecard-types.ts";
import { scorecard2015_05 } from "./scorecard-2015-05.ts";
import { scorecard2016_04 } from "./scorecard-2016-04.ts";
import { scorecard2017_12 } from "./scorecard-2017-12.ts";

/**
 * An ILLUSTRATIVE monthly history between the published Birmingham scorecards, so that charts, trends and
 * SPC have something to draw. It is made up: only the published months (the anchors) are real, and they are
 * not emitted here — they are stored separately as published data.
 *
 * How a series is made:
 * - Between published months the level (a rate for ratios, a count, or an average) and the volume (the
 *   denominator) move in a straight line (counts and volumes by a steady percentage); before the first and
 *   after the last published month they stay flat. A seeded month-to-month wobble goes on top.
 * - Where a paper prints a "Prev. 6 months average/cumulative" baseline, a bump centred on those six months
 *   (zero at the published months either side) is sized so the six months reproduce the printed figure, and
 *   the wobble and the rounding are made to add up inside the window (see `roundToTotal`).
 * - An area (or an area's team type) follows the city's shape: its share of the city's count or volume, or
 *   its offset from the city's rate, is read at the area's own published months and carried between them.
 *   Areas are not forced to add up to the city (the papers' own areas don't).
 */

export const ILLUSTRATIVE_FROM = "2015-04";
export const ILLUSTRATIVE_TO = "2018-03";

export interface IllustrativeObservation {
  indicatorId: string;
  areaId: PublishedAreaId;
  breakdown: string | null;
  period: string;
  numerator: number | null;
  denominator: number | null;
  value: number | null;
}

export interface IllustrativeHistoryOptions {
  /** First month generated, "YYYY-MM"; default 2015-04. */
  from?: string;
  /** Last month generated; default 2018-03. */
  to?: string;
}

/** What became of one printed 6-month baseline. */
export interface IllustrativeBaselineFit extends SeriesKey {
  paper: string;
  kind: SixMonthBaselineKind;
  months: string[];
  /** "fitted": the window's generated months reproduce the printed figure; "skipped": see `reason`. */
  status: "fitted" | "skipped";
  reason: string | null;
}

export interface IllustrativeHistory {
  /** Series in indicator order, then area, then breakdown; months oldest first. */
  observations: IllustrativeObservation[];
  baselineFits: IllustrativeBaselineFit[];
  /** Published figures a later paper restated; the later figure is the anchor. */
  supersededFigures: SupersededFigure[];
}

/** The illustrative months only; see `buildIllustrativeHistory` for what was fitted and why. */
export function generateIllustrativeHistory(
  scorecards: PublishedScorecard[],
  indicators: IndicatorSeed[],
  options: IllustrativeHistoryOptions = {},
): IllustrativeObservation[] {
  return buildIllustrativeHistory(scorecards, indicators, options).observations;
}

/**
 * @throws RangeError when `from`/`to` are not months or `from` is after `to`; Error when a published figure
 * names an indicator that is not in `indicators`.
 */
export function buildIllustrativeHistory(
  scorecards: readonly PublishedScorecard[],
  indicators: readonly IndicatorSeed[],
  options: IllustrativeHistoryOptions = {},
): IllustrativeHistory {
  const from = options.from ?? ILLUSTRATIVE_FROM;
  const to = options.to ?? ILLUSTRATIVE_TO;
  if (!isPeriod(from) || !isPeriod(to) || comparePeriods(from, to) > 0) {
    throw new RangeError(`illustrative history: need from ≤ to as YYYY-MM, got ${from} and ${to}`);
  }
  const months = monthsBetween(from, to);
  const range: MonthRange = { from, to, months, times: months.map(monthNumber) };

  const { anchors, superseded } = publishedAnchors(scorecards);
  const specs = seriesSpecs(anchors, indicators);
  const { fits, targetsBySeries } = planBaselineTargets(printedSixMonthBaselines(scorecards), specs, range);

  // City series first: the areas are drawn from the city's shape.
  const buildOrder = [...specs.values()].sort(
    (a, b) => Number(a.key.areaId !== "city") - Number(b.key.areaId !== "city"),
  );
  const built = new Map<string, BuiltSeries>();
  for (const spec of buildOrder) {
    const reference = built.get(seriesName({ ...spec.key, areaId: "city" }));
    const targets = targetsBySeries.get(spec.name) ?? [];
    built.set(
      spec.name,
      buildSeries(spec, range, spec.key.areaId === "city" ? null : (reference ?? null), targets),
    );
  }
  for (const targets of targetsBySeries.values()) {
    for (const target of targets) {
      if (!target.reached) {
        target.fit.status = "skipped";
        target.fit.reason =
          "no smooth path through the published months either side reaches the printed figure";
      }
    }
  }

  const observations = [...specs.values()]
    .sort((a, b) => a.order - b.order)
    .flatMap((spec) => built.get(spec.name)?.observations ?? []);
  return { observations, baselineFits: fits, supersededFigures: superseded };
}

// ---------------------------------------------------------------------------------------------------------
// Series and what each quantity does

type Path = (t: number) => number;

interface MonthRange {
  from: string;
  to: string;
  months: string[];
  /** Month numbers (year × 12 + month − 1) of `months`. */
  times: number[];
}

/**
 * - ratio_parts: numerator and denominator (percentages such as re-referrals); level = the rate.
 * - count_parts: a month-end count out of a total (unallocated cases of open cases); level = the count.
 * - value: one figure (CP plans, days, caseload, ETE %).
 */
type SeriesShape = "ratio_parts" | "count_parts" | "value";

interface QuantityRule {
  /** "log": interpolate log(1 + x), so counts and volumes change by a steady percentage between anchors. */
  scale: "linear" | "log";
  lower: number;
  upper: number;
  /** How an area follows the city: a "share" of the city's level, or an "offset" from the city's rate. */
  relation: "share" | "offset";
  /** Half-width of the month-to-month wobble at a level. */
  noise: (level: number) => number;
}

// ±3 percentage points for rates and percentages; a few per cent of a volume or count, with a square-root
// floor so that small counts still move by a case or two.
const PERCENT_RATE_RULE: QuantityRule = {
  scale: "linear",
  lower: 0,
  upper: 1,
  relation: "offset",
  noise: () => 0.03,
};
const OTHER_RATE_RULE: QuantityRule = {
  scale: "linear",
  lower: 0,
  upper: Number.POSITIVE_INFINITY,
  relation: "share",
  noise: (level) => 0.05 * level,
};
const VOLUME_RULE: QuantityRule = {
  scale: "log",
  lower: 0,
  upper: Number.POSITIVE_INFINITY,
  relation: "share",
  noise: (level) => Math.max(0.04 * level, 0.5 * Math.sqrt(level)),
};
// Month-end counts are stocks (children in care, CP plans): they drift rather than jump.
const COUNT_RULE: QuantityRule = {
  scale: "log",
  lower: 0,
  upper: Number.POSITIVE_INFINITY,
  relation: "share",
  noise: (level) => Math.max(0.015 * level, 0.3 * Math.sqrt(level)),
};
const PERCENT_VALUE_RULE: QuantityRule = {
  scale: "linear",
  lower: 0,
  upper: 100,
  relation: "offset",
  noise: () => 3,
};
// Adoption days are rolling 12-month or 3-year averages, so they move slowly.
const DAYS_RULE: QuantityRule = {
  scale: "linear",
  lower: 0,
  upper: Number.POSITIVE_INFINITY,
  relation: "share",
  noise: (level) => 0.02 * level,
};
const AVERAGE_RULE: QuantityRule = {
  scale: "linear",
  lower: 0,
  upper: Number.POSITIVE_INFINITY,
  relation: "share",
  noise: (level) => 0.04 * level,
};

interface SeriesSpec {
  key: SeriesKey;
  name: string;
  /** Output position: indicator order, then area, then breakdown. */
  order: number;
  indicator: IndicatorSeed;
  shape: SeriesShape;
  /** Published months of this series, oldest first. */
  anchors: PublishedAnchor[];
  volumeRule: QuantityRule | null;
  levelRule: QuantityRule;
  /** value series: decimals kept (caseload averages one, days and percentages none). */
  valueDecimals: number;
}

const AREA_ORDER: Record<PublishedAreaId, number> = {
  city: 0,
  east: 1,
  nwc: 2,
  south: 3,
  dcsc: 4,
  citywide: 5,
  mash: 6,
};

function seriesSpecs(
  anchors: readonly PublishedAnchor[],
  indicators: readonly IndicatorSeed[],
): Map<string, SeriesSpec> {
  const indicatorIndex = new Map(indicators.map((indicator, i) => [indicator.id, i]));
  const anchorsBySeries = new Map<string, PublishedAnchor[]>();
  for (const anchor of anchors) {
    const name = seriesName(anchor);
    anchorsBySeries.set(name, [...(anchorsBySeries.get(name) ?? []), anchor]);
  }

  const unordered = [...anchorsBySeries.entries()].map(([name, seriesAnchors]) => {
    const [first] = seriesAnchors;
    if (first === undefined) throw new Error(`illustrative history: series ${name} has no figures`);
    const index = indicatorIndex.get(first.indicatorId);
    const indicator = index === undefined ? undefined : indicators[index];
    if (index === undefined || indicator === undefined) {
      throw new Error(`illustrative history: no indicator definition for ${first.indicatorId}`);
    }
    const key: SeriesKey = {
      indicatorId: first.indicatorId,
      areaId: first.areaId,
      breakdown: first.breakdown,
    };
    const shape = shapeOf(indicator, seriesAnchors);
    return {
      sortKey: [index, AREA_ORDER[key.areaId], key.breakdown ?? ""] as const,
      spec: {
        key,
        name,
        order: 0,
        indicator,
        shape,
        anchors: [...seriesAnchors].sort((a, b) => comparePeriods(a.period, b.period)),
        volumeRule: shape === "value" ? null : VOLUME_RULE,
        levelRule: levelRuleOf(indicator, shape),
        valueDecimals: valueDecimalsOf(indicator),
      } satisfies SeriesSpec,
    };
  });
  // Headline (null breakdown → "") before team types, then team types alphabetically.
  unordered.sort(
    (a, b) =>
      a.sortKey[0] - b.sortKey[0] ||
      a.sortKey[1] - b.sortKey[1] ||
      (a.sortKey[2] < b.sortKey[2] ? -1 : a.sortKey[2] > b.sortKey[2] ? 1 : 0),
  );
  return new Map(unordered.map(({ spec }, order) => [spec.name, { ...spec, order }]));
}

function shapeOf(indicator: IndicatorSeed, anchors: readonly PublishedAnchor[]): SeriesShape {
  if (
    indicator.measureKind === "ratio" &&
    anchors.some((a) => a.numerator !== null && a.denominator !== null)
  ) {
    return "ratio_parts";
  }
  if (indicator.measureKind === "snapshot_count" && anchors.some((a) => a.denominator !== null))
    return "count_parts";
  return "value";
}

function levelRuleOf(indicator: IndicatorSeed, shape: SeriesShape): QuantityRule {
  if (shape === "ratio_parts") return indicator.unit === "percent" ? PERCENT_RATE_RULE : OTHER_RATE_RULE;
  if (shape === "count_parts" || indicator.measureKind === "snapshot_count" || indicator.unit === "count") {
    return COUNT_RULE;
  }
  if (indicator.unit === "percent") return PERCENT_VALUE_RULE;
  if (indicator.unit === "days") return DAYS_RULE;
  return AVERAGE_RULE;
}

function valueDecimalsOf(indicator: IndicatorSeed): number {
  if (indicator.unit === "count" || indicator.unit === "days" || indicator.measureKind === "snapshot_count")
    return 0;
  if (indicator.unit === "percent") return indicator.decimals;
  // Averages such as caseload carry a decimal even where the paper prints whole numbers.
  return Math.max(1, indicator.decimals);
}

function unitScale(unit: Unit): number {
  if (unit === "percent") return 100;
  if (unit === "rate_per_10k") return 10_000;
  return 1;
}

/** The level a published month sets: the rate (as a fraction), the count, or the value. */
function anchorLevel(spec: SeriesSpec, anchor: PublishedAnchor): number | null {
  if (spec.shape === "ratio_parts") {
    if (isFiniteNumber(anchor.numerator) && isFiniteNumber(anchor.denominator) && anchor.denominator > 0) {
      return anchor.numerator / anchor.denominator;
    }
    return isFiniteNumber(anchor.value) ? anchor.value / unitScale(spec.indicator.unit) : null;
  }
  return firstFinite(anchor.value, anchor.numerator);
}

// ---------------------------------------------------------------------------------------------------------
// Printed 6-month baselines → targets for the window months

interface WindowTarget {
  fit: IllustrativeBaselineFit;
  /** Indexes into the generated months of the window months that are not published. */
  freeIndexes: number[];
  /** Σ denominators the free months must have, or null when the paper prints none. */
  volumeTotal: number | null;
  /** Σ numerators (ratio_parts), Σ counts (count_parts) or Σ values (value) over the free months. */
  levelTotal: number;
  /** False once the level or volume turned out to be out of reach. */
  reached: boolean;
}

function planBaselineTargets(
  printed: readonly PrintedSixMonthBaseline[],
  specs: ReadonlyMap<string, SeriesSpec>,
  range: MonthRange,
): { fits: IllustrativeBaselineFit[]; targetsBySeries: Map<string, WindowTarget[]> } {
  const indexOfMonth = new Map(range.months.map((month, i) => [month, i]));
  const targetsBySeries = new Map<string, WindowTarget[]>();
  const fits = printed.map((baseline) => {
    const fit: IllustrativeBaselineFit = {
      indicatorId: baseline.indicatorId,
      areaId: baseline.areaId,
      breakdown: baseline.breakdown,
      paper: baseline.paper,
      kind: baseline.kind,
      months: baseline.months,
      status: "skipped",
      reason: null,
    };
    const name = seriesName(baseline);
    const spec = specs.get(name);
    const earlier = targetsBySeries.get(name) ?? [];
    const first = baseline.months[0] ?? baseline.paper;
    const last = baseline.months.at(-1) ?? baseline.paper;
    if (spec === undefined) {
      fit.reason = "no published month figure for this series to build it on";
    } else if (!baseline.months.every((month) => indexOfMonth.has(month))) {
      fit.reason = `its window ${periodLabel(first)} to ${periodLabel(last)} is not all inside the generated months ${periodLabel(range.from)} to ${periodLabel(range.to)}`;
    } else {
      const overlapping = earlier.find((t) => t.fit.months.some((month) => baseline.months.includes(month)));
      const totals = overlapping === undefined ? windowTotals(baseline, spec) : null;
      if (overlapping !== undefined) {
        fit.reason = `its window overlaps the window of the ${overlapping.fit.paper} baseline, which is fitted instead`;
      } else if (typeof totals === "string") {
        fit.reason = totals;
      } else if (totals !== null) {
        const published = new Set(spec.anchors.map((a) => a.period));
        fit.status = "fitted";
        targetsBySeries.set(name, [
          ...earlier,
          {
            fit,
            freeIndexes: baseline.months
              .filter((month) => !published.has(month))
              .map((month) => indexOfMonth.get(month) ?? -1),
            ...totals,
            reached: true,
          },
        ]);
      }
    }
    return fit;
  });
  return { fits, targetsBySeries };
}

/** The sums the unpublished months of the window must have, or why there are none. */
function windowTotals(
  baseline: PrintedSixMonthBaseline,
  spec: SeriesSpec,
): { volumeTotal: number | null; levelTotal: number } | string {
  const inWindow = spec.anchors.filter((a) => baseline.months.includes(a.period));
  const freeCount = baseline.months.length - inWindow.length;
  if (freeCount === 0) return "every month of its window is published, so there is nothing to fit";
  const averaged = baseline.kind === "previous_6_months_average";
  const windowLength = baseline.months.length;
  const figure = baseline.figure;
  const sum = (values: (number | null)[]): number => values.reduce<number>((total, v) => total + (v ?? 0), 0);

  if (spec.shape === "ratio_parts") {
    if (!isFiniteNumber(figure.numerator) || !isFiniteNumber(figure.denominator)) {
      return "the printed baseline has no numerator and denominator to fit";
    }
    if (inWindow.some((a) => !isFiniteNumber(a.numerator) || !isFiniteNumber(a.denominator))) {
      return "a published month in its window has no numerator and denominator";
    }
    // An average of monthly parts is 1/6 of their sum; a cumulative figure is the sum.
    const factor = averaged ? windowLength : 1;
    const levelTotal = Math.round(figure.numerator * factor - sum(inWindow.map((a) => a.numerator)));
    const volumeTotal = Math.round(figure.denominator * factor - sum(inWindow.map((a) => a.denominator)));
    if (levelTotal < 0 || levelTotal > volumeTotal) {
      return "the published months in its window leave no room for the printed sums";
    }
    return { volumeTotal, levelTotal };
  }

  const printedLevel = firstFinite(figure.value, figure.numerator);
  if (printedLevel === null) return "the printed baseline has no figure";
  if (spec.indicator.measureKind === "ratio") {
    return "a ratio's 6-month baseline sums numerators and denominators, and this series publishes neither";
  }
  // Σ of month-end counts for a cumulative count (as baselineValue takes it); otherwise a mean of six.
  const factor = spec.indicator.measureKind === "snapshot_count" && !averaged ? 1 : windowLength;
  const scale = spec.shape === "value" ? 10 ** spec.valueDecimals : 1;
  const levelTotal =
    Math.round(
      (printedLevel * factor - sum(inWindow.map((a) => firstFinite(a.value, a.numerator)))) * scale,
    ) / scale;
  const rule = spec.levelRule;
  if (levelTotal < rule.lower * freeCount || levelTotal > rule.upper * freeCount) {
    return "the published months in its window leave no room for the printed figure";
  }
  if (spec.shape === "count_parts" && isFiniteNumber(figure.denominator)) {
    const volumeTotal = Math.round(figure.denominator * factor - sum(inWindow.map((a) => a.denominator)));
    if (volumeTotal < levelTotal)
      return "the published months in its window leave no room for the printed sums";
    return { volumeTotal, levelTotal };
  }
  return { volumeTotal: null, levelTotal };
}

// ---------------------------------------------------------------------------------------------------------
// Building one series

interface BuiltSeries {
  /** Smooth paths before the wobble, for areas to follow. */
  volume: Path | null;
  level: Path;
  shape: SeriesShape;
  observations: IllustrativeObservation[];
}

function buildSeries(
  spec: SeriesSpec,
  range: MonthRange,
  city: BuiltSeries | null,
  targets: WindowTarget[],
): BuiltSeries {
  const random = mulberry32(hashSeed(spec.name));
  // Two wobbles per month, drawn for every month so a series' noise does not depend on where its anchors are.
  const volumeWobble: number[] = [];
  const levelWobble: number[] = [];
  for (const _ of range.months) {
    volumeWobble.push(triangularNoise(random));
    levelWobble.push(triangularNoise(random));
  }
  const published = new Set(spec.anchors.map((a) => a.period));
  const followsCity = city !== null && city.shape === spec.shape && targets.length === 0;

  let volume: Path | null = null;
  let denominators: number[] = [];
  if (spec.volumeRule !== null) {
    const rule = spec.volumeRule;
    const knots = spec.anchors.flatMap((a) =>
      isFiniteNumber(a.denominator) ? [{ t: monthNumber(a.period), y: a.denominator }] : [],
    );
    const withVolume = targets.filter((t) => t.volumeTotal !== null);
    volume =
      (followsCity && city.volume !== null ? followCity(city.volume, knots, rule, null) : null) ??
      fitPath(
        knots,
        rule,
        withVolume.map((t) => ({
          target: t,
          weights: t.freeIndexes.map(() => 1),
          total: t.volumeTotal ?? 0,
        })),
        range,
        null,
      );
    denominators = wholeNumbers(
      volume,
      rule,
      volumeWobble,
      range,
      withVolume,
      (t) => t.volumeTotal ?? 0,
      // At least one: a month with nothing to divide by would have no rate at all.
      () => 1,
      () => Number.POSITIVE_INFINITY,
    );
  }

  const rule = spec.levelRule;
  const knots = spec.anchors.flatMap((a) => {
    const y = anchorLevel(spec, a);
    return y === null ? [] : [{ t: monthNumber(a.period), y }];
  });
  const volumePath = volume;
  const capAtVolume = spec.shape === "count_parts" && volumePath !== null ? volumePath : null;
  const level =
    (followsCity ? followCity(city.level, knots, rule, capAtVolume) : null) ??
    fitPath(
      knots,
      rule,
      targets.map((t) => ({
        target: t,
        // A ratio's numerator is rate × denominator, so each month counts by its denominator.
        weights: t.freeIndexes.map((i) => (spec.shape === "ratio_parts" ? (denominators[i] ?? 0) : 1)),
        total: t.levelTotal,
      })),
      range,
      capAtVolume,
    );

  const observations = emitSeries(spec, range, level, levelWobble, denominators, targets).filter(
    (o) => !published.has(o.period),
  );
  return { volume, level, shape: spec.shape, observations };
}

function emitSeries(
  spec: SeriesSpec,
  range: MonthRange,
  level: Path,
  wobble: readonly number[],
  denominators: readonly number[],
  targets: readonly WindowTarget[],
): IllustrativeObservation[] {
  const rule = spec.levelRule;
  const base = (i: number) => ({
    indicatorId: spec.key.indicatorId,
    areaId: spec.key.areaId,
    breakdown: spec.key.breakdown,
    period: range.months[i] ?? "",
  });
  const reached = targets.filter((t) => t.reached);

  if (spec.shape === "value") {
    const scale = 10 ** spec.valueDecimals;
    const units = wholeNumbers(
      (t) => level(t) * scale,
      { ...rule, noise: (l) => rule.noise(l / scale) * scale },
      wobble,
      range,
      reached,
      (t) => Math.round(t.levelTotal * scale),
      () => Math.ceil(rule.lower * scale),
      () => (Number.isFinite(rule.upper) ? Math.floor(rule.upper * scale) : Number.POSITIVE_INFINITY),
    );
    return units.map((u, i) => ({ ...base(i), numerator: null, denominator: null, value: u / scale }));
  }

  const capOf = (i: number) => denominators[i] ?? 0;
  if (spec.shape === "count_parts") {
    const counts = wholeNumbers(
      level,
      rule,
      wobble,
      range,
      reached,
      (t) => t.levelTotal,
      () => 0,
      capOf,
    );
    return counts.map((c, i) => ({ ...base(i), numerator: c, denominator: capOf(i), value: c }));
  }

  // ratio_parts: wobble the rate, then numerator = rate × denominator, the window's numerators summing exactly.
  const rates = range.times.map((t, i) => level(t) + (wobble[i] ?? 0) * rule.noise(level(t)));
  for (const target of reached) {
    const weightSum = sumOf(target.freeIndexes.map(capOf));
    if (weightSum === 0) continue;
    const drift =
      sumOf(target.freeIndexes.map((i) => ((rates[i] ?? 0) - level(range.times[i] ?? 0)) * capOf(i))) /
      weightSum;
    for (const i of target.freeIndexes) rates[i] = (rates[i] ?? 0) - drift;
  }
  const numerators = rates.map((r, i) => clamp(r, rule.lower, rule.upper) * capOf(i));
  const whole = numerators.map((n, i) => clamp(Math.round(n), 0, capOf(i)));
  for (const target of reached) {
    const fitted = roundToTotal(
      target.freeIndexes.map((i) => numerators[i] ?? 0),
      target.levelTotal,
      target.freeIndexes.map(() => 0),
      target.freeIndexes.map(capOf),
    );
    target.freeIndexes.forEach((i, k) => {
      whole[i] = fitted[k] ?? 0;
    });
  }
  return whole.map((n, i) => ({ ...base(i), numerator: n, denominator: capOf(i), value: null }));
}

/**
 * The path plus its wobble, as whole numbers within the bounds; inside each fitted window the wobble is
 * centred and the rounding made to add up to the window's total.
 */
function wholeNumbers(
  path: Path,
  rule: QuantityRule,
  wobble: readonly number[],
  range: MonthRange,
  targets: readonly WindowTarget[],
  totalOf: (target: WindowTarget) => number,
  lowerAt: (i: number) => number,
  upperAt: (i: number) => number,
): number[] {
  const smooth = range.times.map(path);
  const noisy = smooth.map((level, i) => level + (wobble[i] ?? 0) * rule.noise(level));
  const whole = noisy.map((v, i) => clamp(Math.round(v), lowerAt(i), upperAt(i)));
  for (const target of targets) {
    if (!target.reached) continue;
    const free = target.freeIndexes;
    const drift = sumOf(free.map((i) => (noisy[i] ?? 0) - (smooth[i] ?? 0))) / free.length;
    const fitted = roundToTotal(
      free.map((i) => (noisy[i] ?? 0) - drift),
      totalOf(target),
      free.map(lowerAt),
      free.map(upperAt),
    );
    free.forEach((i, k) => {
      whole[i] = fitted[k] ?? 0;
    });
  }
  return whole;
}

// ---------------------------------------------------------------------------------------------------------
// Smooth paths

interface Knot {
  t: number;
  y: number;
}

interface PathWindow {
  target: WindowTarget;
  /** One per free month of the target. */
  weights: number[];
  total: number;
}

/**
 * Through the knots (straight lines, or steady percentages for "log" quantities; flat outside), plus one tent
 * per window centred on its free months and zero at the nearest knots either side, each tent's height
 * chosen by bisection so Σ weight × level over the window's free months is its total. Tents are refitted
 * in turn until all hold (they only interact when no published month separates two windows).
 */
function fitPath(
  knots: readonly Knot[],
  rule: QuantityRule,
  windows: readonly PathWindow[],
  range: MonthRange,
  cap: Path | null,
): Path {
  if (knots.length === 0) throw new Error("illustrative history: a series quantity has no published figure");
  const forward = rule.scale === "log" ? (y: number) => Math.log1p(Math.max(0, y)) : (y: number) => y;
  const inverse = rule.scale === "log" ? Math.expm1 : (z: number) => z;
  const transformed = [...knots].sort((a, b) => a.t - b.t).map((k) => ({ t: k.t, y: forward(k.y) }));
  const knotTimes = transformed.map((k) => k.t);
  const windowTimes = windows.map((w) => w.target.freeIndexes.map((i) => range.times[i] ?? 0));
  const tents = windowTimes.map((times) => tent(knotTimes, windowCentre(times, knotTimes)));
  const heights = windows.map(() => 0);

  const path: Path = (t) => {
    let z = interpolate(transformed, t);
    heights.forEach((h, k) => {
      z += h * (tents[k]?.(t) ?? 0);
    });
    return clamp(inverse(z), rule.lower, Math.min(rule.upper, cap?.(t) ?? Number.POSITIVE_INFINITY));
  };
  if (windows.length === 0) return path;

  const windowSum = (k: number): number => {
    const window = windows[k];
    const times = windowTimes[k];
    if (window === undefined || times === undefined) return 0;
    return sumOf(times.map((t, j) => (window.weights[j] ?? 0) * path(t)));
  };
  const reach = bracketWidth(rule, transformed, windows);
  for (let sweep = 0; sweep < 10; sweep++) {
    windows.forEach((window, k) => {
      if (!window.target.reached) return;
      const solved = bisect(
        (h) => {
          heights[k] = h;
          return windowSum(k);
        },
        window.total,
        reach,
      );
      if (solved === null) {
        window.target.reached = false;
        heights[k] = 0;
      } else {
        heights[k] = solved;
      }
    });
    const settled = windows.every(
      (w, k) =>
        !w.target.reached || Math.abs(windowSum(k) - w.total) <= 1e-7 * Math.max(1, Math.abs(w.total)),
    );
    if (settled) break;
  }
  return path;
}

/** An area's path: the city's, times the area's share (or plus its offset) read at the area's own months. */
function followCity(city: Path, knots: readonly Knot[], rule: QuantityRule, cap: Path | null): Path | null {
  if (knots.length === 0) return null;
  // A share of nothing is undefined: such a series is built from its own months instead.
  if (rule.relation === "share" && knots.some((k) => city(k.t) <= 1e-9)) return null;
  const relative = [...knots]
    .sort((a, b) => a.t - b.t)
    .map((k) => ({ t: k.t, y: rule.relation === "share" ? k.y / city(k.t) : k.y - city(k.t) }));
  return (t) => {
    const related = interpolate(relative, t);
    const level = rule.relation === "share" ? city(t) * related : city(t) + related;
    return clamp(level, rule.lower, Math.min(rule.upper, cap?.(t) ?? Number.POSITIVE_INFINITY));
  };
}

/** Piecewise linear through sorted knots, flat before the first and after the last. */
function interpolate(knots: readonly Knot[], t: number): number {
  const first = knots[0];
  const last = knots.at(-1);
  if (first === undefined || last === undefined) return 0;
  if (t <= first.t) return first.y;
  if (t >= last.t) return last.y;
  for (let i = 1; i < knots.length; i++) {
    const right = knots[i];
    const left = knots[i - 1];
    if (right !== undefined && left !== undefined && t <= right.t) {
      return left.y + ((right.y - left.y) * (t - left.t)) / (right.t - left.t);
    }
  }
  return last.y;
}

/** 1 at the centre, falling to 0 at the nearest knot each side (staying 1 where there is no knot). */
function tent(knotTimes: readonly number[], centre: number): Path {
  const left = knotTimes.filter((t) => t < centre).at(-1);
  const right = knotTimes.find((t) => t > centre);
  return (t) => {
    if (t <= centre) return left === undefined ? 1 : t <= left ? 0 : (t - left) / (centre - left);
    return right === undefined ? 1 : t >= right ? 0 : (right - t) / (right - centre);
  };
}

function windowCentre(times: readonly number[], knotTimes: readonly number[]): number {
  const centre = sumOf(times) / Math.max(1, times.length);
  // A tent cannot peak on a published month (it is pinned to 0 there).
  return knotTimes.includes(centre) ? centre + 0.25 : centre;
}

/** How far a tent may rise or fall: the whole range for bounded rates, generous multiples otherwise. */
function bracketWidth(rule: QuantityRule, knots: readonly Knot[], windows: readonly PathWindow[]): number {
  if (rule.scale === "log") return 16;
  if (Number.isFinite(rule.upper)) return rule.upper - rule.lower;
  const largestKnot = Math.max(...knots.map((k) => Math.abs(k.y)));
  const largestMean = Math.max(...windows.map((w) => Math.abs(w.total) / Math.max(1, sumOf(w.weights))));
  return 10 * (largestKnot + largestMean + 1);
}

/** h in [−reach, reach] with f(h) = goal for a non-decreasing f; null when the goal is out of reach. */
function bisect(f: (h: number) => number, goal: number, reach: number): number | null {
  const tolerance = 1e-9 * Math.max(1, Math.abs(goal));
  let low = -reach;
  let high = reach;
  if (f(low) > goal + tolerance || f(high) < goal - tolerance) return null;
  for (let i = 0; i < 200 && high - low > 1e-13 * reach; i++) {
    const middle = (low + high) / 2;
    if (f(middle) < goal) low = middle;
    else high = middle;
  }
  return (low + high) / 2;
}

// ---------------------------------------------------------------------------------------------------------
// Small helpers

function monthNumber(period: string): number {
  const { year, month } = parsePeriod(period);
  return year * 12 + month - 1;
}

function clamp(value: number, lower: number, upper: number): number {
  return Math.min(upper, Math.max(lower, value));
}

function sumOf(values: readonly number[]): number {
  return values.reduce((sum, v) => sum + v, 0);
}

function firstFinite(...candidates: readonly (number | null)[]): number | null {
  return candidates.find(isFiniteNumber) ?? null;
}

// ---------------------------------------------------------------------------------------------------------

/** The illustrative months for the three transcribed Birmingham papers, 2015-04 to 2018-03. */
export const illustrativeHistory: IllustrativeObservation[] = generateIllustrativeHistory(
  [scorecard2015_05, scorecard2016_04, scorecard2017_12],
  indicatorSeeds,
);
