import { existsSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";

/**
 * DfE's published files, from the shared folder beside the repository (tests may read it; the
 * product never does). CI always has it, so there the importer tests must run.
 */
export const eesDirectory = fileURLToPath(new URL("../../../../shared/data/ees/", import.meta.url));
export const eesFilesAvailable = existsSync(eesDirectory) || process.env.CI === "true";

export function readEesFile(name: string): string {
  return readFileSync(`${eesDirectory}${name}`, "utf8");
}

export const EES_FILES = {
  c1: "c1_children_in_need_referrals_and_rereferrals_2013_to_2025.csv",
  d5: "d5_cpps_at31march_by_duration_2013_to_2025.csv",
  population: "ons_mid-year_population_estimates_2012_to_2024.csv",
  cla: "cla_number_and_rate_per_10k_children.csv",
  csww: "csww_indicators_2017_to_2025.csv",
  careLeavers: "la_care_leavers_activity.csv",
  b1: "b1_children_in_need_2013_to_2025.csv",
  sn2025: "sn_model_2025_wide.csv",
  sn2021: "New_Statistical_Neighbour_Groupings_April_2021.csv",
} as const;
