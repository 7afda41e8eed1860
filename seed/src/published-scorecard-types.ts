import type { BaselineKind, MeasureKind, Polarity, Rag, Unit } from "@scorecard/shared/indicator-schema";

/** Area ids as the API exposes them. Wards will be added under east/nwc/south later. */
export type PublishedAreaId = "city" | "east" | "nwc" | "south" | "dcsc" | "citywide" | "mash";

/** An indicator as the council defines it (the 13 of the December 2017 scorecard, refs 1–13). */
export interface IndicatorSeed {
  id: string;
  ref: number;
  title: string;
  definition: string;
  unit: Unit;
  polarity: Polarity;
  measureKind: MeasureKind;
  baselineKind: BaselineKind;
  /** As printed above the baseline column: "Prev. 6 months average", "Mar-17"... */
  baselineLabel: string;
  baselineMonth: string | null;
  tolerance: number | null;
  trendThreshold: number | null;
  decimals: number;
  numeratorLabel: string | null;
  denominatorLabel: string | null;
  /** True when the paper also prints a rate per 10,000 children computed from the 0–17 population. */
  showsRatePer10k: boolean;
  /** The DfE measure (see dfe/src/measures.ts) the indicator is benchmarked against; null for none. */
  dfeMeasureId: string | null;
  notes: string | null;
}

/** One printed figure for one area (and optional breakdown such as caseload team type). */
export interface PublishedFigure {
  areaId: PublishedAreaId;
  /** e.g. "assessment" | "safeguarding" | "children_in_care" | "mash" for caseload; null for the headline. */
  breakdown: string | null;
  numerator: number | null;
  denominator: number | null;
  /** For measures that are not ratios (average days, average caseload, ETE %, counts). */
  value: number | null;
  /** The headline figure exactly as printed ("22%", "1,758", "0.0%"). */
  printed: string;
  /** Printed rate per 10,000 where the paper shows one ("26"), else null. */
  printedRatePer10k: string | null;
}

export interface PublishedBaseline {
  /** As printed: "Prev. 6 months average", "Prev. 6 months cumulative", "6 month average", "Mar-17", "Mar-16". */
  label: string;
  kind: BaselineKind;
  /** For fixed-month baselines, the month ("2017-03"). */
  month: string | null;
  figures: PublishedFigure[];
}

export interface PublishedBenchmark {
  kind: "national" | "statistical_neighbours";
  value: number;
  unit: Unit;
  /** The vintage, e.g. "2015-16" for the year ending March 2016. */
  periodLabel: string;
  /** Where it came from, e.g. "Birmingham scorecard December 2017 (most national and SN data from year ending March 2016)". */
  source: string;
  printed: string;
}

export interface PublishedIndicatorBlock {
  indicatorId: string;
  /** The block heading as printed. */
  heading: string;
  figures: PublishedFigure[];
  baseline: PublishedBaseline | null;
  target: { value: number; printed: string; label: string | null } | null;
  /** Ratings printed in the paper (May 2015 and April 2016 print them; December 2017 leaves them blank). */
  printedRating: Rag | null;
  printedTrend: Rag | null;
  benchmarks: PublishedBenchmark[];
  commentary: string;
  /** Anything in the paper that does not add up, or that we had to interpret. */
  transcriptionNotes: string[];
}

export interface PublishedScorecard {
  period: string;
  title: string;
  source: string;
  note: string | null;
  blocks: PublishedIndicatorBlock[];
}

export interface PopulationSeed {
  areaId: PublishedAreaId;
  /** Mid-year of the estimate. */
  year: number;
  population: number;
  /** "published" when printed/ONS; "implied" when back-solved from printed rates (say so in source). */
  source: string;
}
