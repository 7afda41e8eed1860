import { EES_MEASURES, type EesMeasureDefinition } from "@scorecard/dfe/measures";
import {
  CHILDREN_IN_NEED_SCHEDULE,
  type PublicationSchedule,
  type ReportingYearBasis,
  WORKFORCE_SCHEDULE,
} from "@scorecard/shared/publication-schedule";

/** Where each DfE file is published, so every figure can be traced to its release and definition. */
const PUBLICATION_BY_FILE: Record<string, string> = {
  "c1_children_in_need_referrals_and_rereferrals_2013_to_2025.csv":
    "https://explore-education-statistics.service.gov.uk/find-statistics/characteristics-of-children-in-need",
  "b1_children_in_need_2013_to_2025.csv":
    "https://explore-education-statistics.service.gov.uk/find-statistics/characteristics-of-children-in-need",
  "d5_cpps_at31march_by_duration_2013_to_2025.csv":
    "https://explore-education-statistics.service.gov.uk/find-statistics/characteristics-of-children-in-need",
  "cla_number_and_rate_per_10k_children.csv":
    "https://explore-education-statistics.service.gov.uk/find-statistics/children-looked-after-in-england-including-adoptions",
  "la_care_leavers_activity.csv":
    "https://explore-education-statistics.service.gov.uk/find-statistics/children-looked-after-in-england-including-adoptions",
  "csww_indicators_2017_to_2025.csv":
    "https://explore-education-statistics.service.gov.uk/find-statistics/children-s-social-work-workforce",
};

export function findBenchmarkMeasure(id: string): EesMeasureDefinition | null {
  return EES_MEASURES.find((measure) => measure.id === id) ?? null;
}

export function sourceUrlOf(measure: EesMeasureDefinition): string {
  return PUBLICATION_BY_FILE[measure.sourceFile] ?? "https://explore-education-statistics.service.gov.uk/";
}

/** When each measure's figures are published (the workforce census comes later than the rest). */
export function scheduleOf(measureId: string): PublicationSchedule {
  return measureId === "caseload" ? WORKFORCE_SCHEDULE : CHILDREN_IN_NEED_SCHEDULE;
}

/** The workforce census counts at 30 September; the other measures cover a year ending 31 March. */
export function yearBasisOf(measureId: string): ReportingYearBasis {
  return measureId === "caseload" ? "snapshot_september" : "year_ending_march";
}
