import type { Polarity, Unit } from "@scorecard/shared/indicator-schema";
import { roundHalfUp } from "@scorecard/shared/rounding";
import { type GeographicLevel, type ParsedMeasure, readMeasure, type TidyRow } from "./parse-tidy-csv.ts";

/**
 * The DfE annual statistics the scorecard benchmarks against, as data (which file, which columns, how the
 * figure is made) plus pure functions that turn parsed tidy rows into one value per area and year.
 */

export const EES_MEASURE_IDS = [
  "re-referrals",
  "cp-plans",
  "children-in-care",
  "caseload",
  "care-leavers-ete",
  "children-in-need",
] as const;
export type EesMeasureId = (typeof EES_MEASURE_IDS)[number];

export const ENGLAND_CODE = "E92000001";
export const ENGLAND_NAME = "England";

/** ONS mid-year estimates of children aged 0 to 17, the denominator of DfE's rates per 10,000. */
export const POPULATION_FILE = "ons_mid-year_population_estimates_2012_to_2024.csv";
const POPULATION_AGE_GROUP = "Children aged 0 to 17 years";

export interface EesMeasureDefinition {
  id: EesMeasureId;
  title: string;
  /** The EES file the figures come from. */
  sourceFile: string;
  /** DfE's definition, in one or two sentences. */
  definition: string;
  /** What a `year` of this measure is. */
  period: string;
  /** How `value` is obtained from the file. */
  method: string;
  unit: Unit;
  polarity: Polarity;
  /** DfE's published precision; computed values are rounded (half up) to it. */
  decimals: number;
  numeratorLabel: string;
  denominatorLabel: string;
}

const YEAR_ENDING_31_MARCH =
  "Year ending 31 March (2025 = April 2024 to March 2025; counts at 31 March 2025)";

export const EES_MEASURES: readonly EesMeasureDefinition[] = [
  {
    id: "re-referrals",
    title: "Re-referrals within 12 months",
    sourceFile: "c1_children_in_need_referrals_and_rereferrals_2013_to_2025.csv",
    definition:
      "Referrals to children's social care in the year that were within 12 months of a previous referral of the same child, as a percentage of all referrals in the year.",
    period: YEAR_ENDING_31_MARCH,
    method:
      "DfE's published rereferral_percent at every level; numerator rereferral_count, denominator referral_count.",
    unit: "percent",
    polarity: "lower_is_better",
    decimals: 1,
    numeratorLabel: "Re-referrals within 12 months",
    denominatorLabel: "Referrals",
  },
  {
    id: "cp-plans",
    title: "Children on a child protection plan per 10,000",
    sourceFile: "d5_cpps_at31march_by_duration_2013_to_2025.csv",
    definition:
      "Children who were the subject of a child protection plan at 31 March, per 10,000 children aged under 18.",
    period: YEAR_ENDING_31_MARCH,
    method:
      "Computed as DfE does: CPP_At31 / ONS 0–17 population of mid-year t−1 × 10,000, rounded to 1 decimal place. The file publishes no rate.",
    unit: "rate_per_10k",
    polarity: "neutral",
    decimals: 1,
    numeratorLabel: "Children on a child protection plan at 31 March",
    denominatorLabel: "Children aged 0 to 17 (ONS mid-year estimate, previous year)",
  },
  {
    id: "children-in-care",
    title: "Children looked after per 10,000",
    sourceFile: "cla_number_and_rate_per_10k_children.csv",
    definition:
      "Children looked after by the local authority at 31 March, per 10,000 children aged under 18.",
    period: YEAR_ENDING_31_MARCH,
    method:
      'DfE\'s published rate_per_10000 on the "Children looked after on 31 March each year" rows; numerator children_count, denominator population_estimate (ONS mid-year t−1).',
    unit: "rate_per_10k",
    polarity: "neutral",
    decimals: 0,
    numeratorLabel: "Children looked after at 31 March",
    denominatorLabel: "Children aged 0 to 17 (ONS mid-year estimate, previous year)",
  },
  {
    id: "caseload",
    title: "Average caseload per case-holding social worker",
    sourceFile: "csww_indicators_2017_to_2025.csv",
    definition:
      "Children and family social workers' average caseload: the number of cases held by case-holding social workers divided by their full-time equivalent (FTE) number, at 30 September.",
    period: "Snapshot at 30 September of the year (2025 = 30 September 2025)",
    method: "DfE's published caseload_fte; numerator cases, denominator case_holders_fte.",
    unit: "number",
    polarity: "lower_is_better",
    decimals: 1,
    numeratorLabel: "Cases held",
    denominatorLabel: "Case-holding social workers (FTE)",
  },
  {
    id: "care-leavers-ete",
    title: "Care leavers aged 19 to 21 in education, employment or training",
    sourceFile: "la_care_leavers_activity.csv",
    definition:
      "Care leavers aged 19 to 21 (looked after for at least 13 weeks after their 14th birthday, including some time after their 16th) who were in education, employment or training around their birthday in the year, as a percentage of all care leavers of that age, including those whose activity is not known.",
    period: YEAR_ENDING_31_MARCH,
    method:
      'Local authorities: the "19 to 21 years" breakdowns in education, employment or training (education other than higher education, higher education, and training or employment: one combined row in 2021, an apprenticeship row plus an excluding-apprenticeship row from 2022) summed, over the "Total" row, × 100, rounded to a whole number. Where a breakdown is suppressed, DfE\'s "Total in education, employment or training" count is the numerator; it equals the sum wherever both are known. England and regions: DfE\'s published percentage.',
    unit: "percent",
    polarity: "higher_is_better",
    decimals: 0,
    numeratorLabel: "Care leavers aged 19 to 21 in education, employment or training",
    denominatorLabel: "Care leavers aged 19 to 21",
  },
  {
    id: "children-in-need",
    title: "Children in need per 10,000",
    sourceFile: "b1_children_in_need_2013_to_2025.csv",
    definition:
      "Children in need at 31 March (open episodes of need, which include children on child protection plans and looked after), per 10,000 children aged under 18.",
    period: YEAR_ENDING_31_MARCH,
    method:
      "Computed as DfE does: At31_episodes / ONS 0–17 population of mid-year t−1 × 10,000, rounded to 1 decimal place. The file publishes no rate.",
    unit: "rate_per_10k",
    polarity: "neutral",
    decimals: 1,
    numeratorLabel: "Children in need at 31 March",
    denominatorLabel: "Children aged 0 to 17 (ONS mid-year estimate, previous year)",
  },
];

export function measureDefinition(measureId: EesMeasureId): EesMeasureDefinition {
  const definition = EES_MEASURES.find((measure) => measure.id === measureId);
  if (definition === undefined) throw new Error(`Unknown EES measure "${measureId}"`);
  return definition;
}

export interface EesMeasureValue {
  measureId: EesMeasureId;
  year: number;
  level: GeographicLevel;
  /** Old (three-digit) LA code for LAs, region code for regions, "E92000001" for England. */
  code: string;
  name: string;
  /** The LA's region; null for regions and England. */
  regionCode: string | null;
  /** null when DfE suppressed it or it cannot be computed; never 0 in place of a missing figure. */
  value: number | null;
  numerator: number | null;
  denominator: number | null;
  /** Why `value` is null: DfE's code (c, u, x, z, k, low, -, :); null when there is a value. */
  suppression: string | null;
}

/** The code a row is keyed by: old LA code, region code, or England's. */
export function areaCodeOf(row: TidyRow): string {
  if (row.level === "national") return ENGLAND_CODE;
  if (row.level === "regional") return row.regionCode ?? "";
  return row.oldLaCode ?? "";
}

function areaNameOf(row: TidyRow): string {
  if (row.level === "national") return ENGLAND_NAME;
  if (row.level === "regional") return row.regionName ?? "";
  return row.laName ?? "";
}

function valueFor(
  measureId: EesMeasureId,
  row: TidyRow,
  figure: {
    value: number | null;
    numerator: number | null;
    denominator: number | null;
    suppression: string | null;
  },
): EesMeasureValue {
  return {
    measureId,
    year: row.year,
    level: row.level,
    code: areaCodeOf(row),
    name: areaNameOf(row),
    regionCode: row.level === "local_authority" ? row.regionCode : null,
    ...figure,
  };
}

/**
 * One value per area and year for a measure, from the rows of its source file (`populationRows`, the parsed
 * ONS file, is needed for the rates DfE does not publish: `cp-plans` and `children-in-need`). Throws
 * `EesFormatError` for a cell that is neither a number nor a suppression code, and an `Error` when two rows
 * give the same area and year.
 */
export function extractMeasureValues(
  measureId: EesMeasureId,
  rows: readonly TidyRow[],
  population?: PopulationLookup,
  /** The name to give in errors, when the rows came from a file of another name (an upload). */
  fileName?: string,
): EesMeasureValue[] {
  const { sourceFile, decimals } = measureDefinition(measureId);
  const read = (row: TidyRow, column: string) => readMeasure(row, column, fileName ?? sourceFile);
  const published = (
    row: TidyRow,
    valueColumn: string,
    numeratorColumn: string,
    denominatorColumn: string,
  ) => {
    const value = read(row, valueColumn);
    return valueFor(measureId, row, {
      value: value.value,
      numerator: read(row, numeratorColumn).value,
      denominator: read(row, denominatorColumn).value,
      suppression: value.suppression,
    });
  };

  let values: EesMeasureValue[];
  switch (measureId) {
    case "re-referrals":
      values = rows.map((row) => published(row, "rereferral_percent", "rereferral_count", "referral_count"));
      break;
    case "children-in-care":
      values = rows
        .filter((row) => row.measures.population_type === "Children looked after on 31 March each year")
        .map((row) => published(row, "rate_per_10000", "children_count", "population_estimate"));
      break;
    case "caseload":
      values = rows.map((row) => published(row, "caseload_fte", "cases", "case_holders_fte"));
      break;
    case "cp-plans":
    case "children-in-need": {
      if (population === undefined) throw new Error(`${measureId} needs the ONS population estimates`);
      const countColumn = measureId === "cp-plans" ? "CPP_At31" : "At31_episodes";
      values = rows.map((row) => {
        const count = read(row, countColumn);
        // DfE's convention: a rate for the year ending March t uses the mid-year t−1 estimate.
        const children = population(row.year - 1, areaCodeOf(row));
        return valueFor(measureId, row, ratePer10k(count, children, decimals));
      });
      break;
    }
    case "care-leavers-ete":
      values = readCareLeaverEetGroups(rows).map((group) => careLeaverEetValue(group, decimals));
      break;
  }
  assertOneValuePerAreaAndYear(measureId, values);
  return values;
}

function ratePer10k(
  count: ParsedMeasure,
  children: ParsedMeasure | undefined,
  decimals: number,
): {
  value: number | null;
  numerator: number | null;
  denominator: number | null;
  suppression: string | null;
} {
  const numerator = count.value;
  const denominator = children?.value ?? null;
  if (numerator === null) return { value: null, numerator, denominator, suppression: count.suppression };
  if (denominator === null || denominator <= 0) {
    // No population row at all (or a zero one) is "not available" in GSS terms.
    return { value: null, numerator, denominator, suppression: children?.suppression ?? "x" };
  }
  return {
    value: roundHalfUp((numerator / denominator) * 10_000, decimals),
    numerator,
    denominator,
    suppression: null,
  };
}

function populationKey(year: number, code: string): string {
  return `${year}|${code}`;
}

/** The ONS 0–17 estimate for a mid-year and area code (England, region or old LA code), if held. */
export type PopulationLookup = (midYear: number, code: string) => ParsedMeasure | undefined;

/** A population lookup over the parsed ONS file's rows. */
export function populationLookupFromRows(rows: readonly TidyRow[]): PopulationLookup {
  const index = indexPopulation(rows);
  return (midYear, code) => index.get(populationKey(midYear, code));
}

/** A population lookup over stored estimates, e.g. those a database holds. */
export function populationLookupFromValues(
  estimates: readonly { year: number; code: string; value: number | null; suppression: string | null }[],
): PopulationLookup {
  const index = new Map(estimates.map((estimate) => [populationKey(estimate.year, estimate.code), estimate]));
  return (midYear, code) => {
    const estimate = index.get(populationKey(midYear, code));
    return estimate ? { value: estimate.value, suppression: estimate.suppression } : undefined;
  };
}

/** Every 0–17 estimate in the parsed ONS file, one per mid-year and area, for storing beside the measures. */
export function extractPopulationEstimates(rows: readonly TidyRow[]): PopulationEstimate[] {
  return rows
    .filter((row) => row.measures.age_group === undefined || row.measures.age_group === POPULATION_AGE_GROUP)
    .map((row) => {
      const estimate = readMeasure(row, "population_estimate", POPULATION_FILE);
      return {
        year: row.year,
        code: areaCodeOf(row),
        value: estimate.value,
        suppression: estimate.suppression,
      };
    });
}

export interface PopulationEstimate {
  /** The mid-year of the estimate. */
  year: number;
  code: string;
  value: number | null;
  suppression: string | null;
}

function indexPopulation(rows: readonly TidyRow[]): Map<string, ParsedMeasure> {
  const index = new Map<string, ParsedMeasure>();
  for (const row of rows) {
    if (row.measures.age_group !== undefined && row.measures.age_group !== POPULATION_AGE_GROUP) continue;
    const key = populationKey(row.year, areaCodeOf(row));
    if (index.has(key)) {
      throw new Error(`${POPULATION_FILE} line ${row.line}: a second population for ${key}`);
    }
    index.set(key, readMeasure(row, "population_estimate", POPULATION_FILE));
  }
  return index;
}

function assertOneValuePerAreaAndYear(measureId: EesMeasureId, values: readonly EesMeasureValue[]): void {
  const seen = new Set<string>();
  for (const value of values) {
    const key = `${value.year}|${value.code}`;
    if (seen.has(key)) throw new Error(`${measureId}: more than one value for ${value.name} (${key})`);
    seen.add(key);
  }
}

/** The `care_leaver_age` group the measure reads. */
export const CARE_LEAVER_AGE_GROUP = "19 to 21 years";

/** Breakdowns in education: always part of the EET count. */
export const CARE_LEAVER_EDUCATION_BREAKDOWNS = [
  "Education other than higher education",
  "Higher education i.e. studies beyond A level",
] as const;
/** 2021 only: training or employment including apprenticeships, in one row (the split rows are "z"). */
export const CARE_LEAVER_COMBINED_TRAINING_EMPLOYMENT = "In training or employment";
/** From 2022: training or employment split in two (the combined row is "z"). */
export const CARE_LEAVER_SPLIT_TRAINING_EMPLOYMENT = [
  "In an apprenticeship",
  "In training or employment (excl. apprenticeship)",
] as const;
export const CARE_LEAVER_TOTAL_EET = "Total in education, employment or training";
export const CARE_LEAVER_TOTAL = "Total";

/** One area and year of the care leavers' activity file, with the parts the EET figure is made from. */
export interface CareLeaverEetGroup {
  /** The "Total" row, which also carries the area. */
  row: TidyRow;
  /** The breakdowns summed for the numerator, with their counts. */
  eetBreakdowns: { breakdown: string; count: ParsedMeasure }[];
  /** Their sum, or null when any is suppressed. */
  sumOfBreakdowns: number | null;
  publishedTotalEet: ParsedMeasure;
  publishedTotalEetPercent: ParsedMeasure;
  total: ParsedMeasure;
}

/** Groups the "19 to 21 years" rows by area and year; throws when a breakdown the measure needs is missing. */
export function readCareLeaverEetGroups(rows: readonly TidyRow[]): CareLeaverEetGroup[] {
  const file = measureDefinition("care-leavers-ete").sourceFile;
  const groups = new Map<string, Map<string, TidyRow>>();
  for (const row of rows) {
    if (row.measures.care_leaver_age !== CARE_LEAVER_AGE_GROUP) continue;
    const key = `${row.year}|${row.level}|${areaCodeOf(row)}`;
    const breakdowns = groups.get(key) ?? new Map<string, TidyRow>();
    const breakdown = row.measures.breakdown ?? "";
    if (breakdowns.has(breakdown)) {
      throw new Error(`${file} line ${row.line}: "${breakdown}" repeated for ${key}`);
    }
    breakdowns.set(breakdown, row);
    groups.set(key, breakdowns);
  }

  return [...groups.entries()].map(([key, breakdowns]) => {
    const rowFor = (breakdown: string): TidyRow => {
      const row = breakdowns.get(breakdown);
      if (row === undefined) throw new Error(`${file}: no "${breakdown}" row for ${key}`);
      return row;
    };
    const count = (breakdown: string) => readMeasure(rowFor(breakdown), "care_leaver_count", file);
    const combined = count(CARE_LEAVER_COMBINED_TRAINING_EMPLOYMENT);
    const trainingEmployment =
      combined.suppression === "z"
        ? CARE_LEAVER_SPLIT_TRAINING_EMPLOYMENT
        : [CARE_LEAVER_COMBINED_TRAINING_EMPLOYMENT];
    const eetBreakdowns = [...CARE_LEAVER_EDUCATION_BREAKDOWNS, ...trainingEmployment].map((breakdown) => ({
      breakdown,
      count: count(breakdown),
    }));
    const counts = eetBreakdowns.map((part) => part.count.value);
    const sumOfBreakdowns = counts.every((value) => value !== null)
      ? counts.reduce<number>((sum, value) => sum + (value ?? 0), 0)
      : null;
    return {
      row: rowFor(CARE_LEAVER_TOTAL),
      eetBreakdowns,
      sumOfBreakdowns,
      publishedTotalEet: count(CARE_LEAVER_TOTAL_EET),
      publishedTotalEetPercent: readMeasure(rowFor(CARE_LEAVER_TOTAL_EET), "care_leaver_percent", file),
      total: count(CARE_LEAVER_TOTAL),
    };
  });
}

function careLeaverEetValue(group: CareLeaverEetGroup, decimals: number): EesMeasureValue {
  const { row, publishedTotalEet, publishedTotalEetPercent, total } = group;
  if (row.level !== "local_authority") {
    // England and regional counts are rounded to the nearest 10, so DfE's own percentage is the figure.
    return valueFor("care-leavers-ete", row, {
      value: publishedTotalEetPercent.value,
      numerator: publishedTotalEet.value,
      denominator: total.value,
      suppression: publishedTotalEetPercent.suppression,
    });
  }
  const numerator = group.sumOfBreakdowns ?? publishedTotalEet.value;
  const denominator = total.value;
  // Where DfE withheld the percentage (e.g. "z" for an LA with no care leavers) it stays withheld.
  if (
    numerator === null ||
    denominator === null ||
    denominator <= 0 ||
    publishedTotalEetPercent.value === null
  ) {
    return valueFor("care-leavers-ete", row, {
      value: null,
      numerator,
      denominator,
      suppression:
        publishedTotalEetPercent.suppression ?? total.suppression ?? publishedTotalEet.suppression ?? "x",
    });
  }
  return valueFor("care-leavers-ete", row, {
    value: roundHalfUp((numerator / denominator) * 100, decimals),
    numerator,
    denominator,
    suppression: null,
  });
}
