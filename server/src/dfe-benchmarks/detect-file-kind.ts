import { readCsvHeader } from "@scorecard/dfe/csv-records";
import { EesFormatError } from "@scorecard/dfe/ees-format-error";
import type { EesMeasureId } from "@scorecard/dfe/measures";

/** What an uploaded DfE file holds, told from its header row (file names change between releases). */
export type StatisticsFileKind =
  | { kind: "measure"; measureId: EesMeasureId }
  | { kind: "population" }
  | { kind: "statistical_neighbours"; model: "2021" | "2025" };

/** Each measure by the column only its file has. */
const MEASURE_SIGNATURES: readonly { column: string; measureId: EesMeasureId }[] = [
  { column: "rereferral_percent", measureId: "re-referrals" },
  { column: "CPP_At31", measureId: "cp-plans" },
  { column: "rate_per_10000", measureId: "children-in-care" },
  { column: "caseload_fte", measureId: "caseload" },
  { column: "care_leaver_age", measureId: "care-leavers-ete" },
  { column: "At31_episodes", measureId: "children-in-need" },
];

/** Reads the header record only: the body is checked by the parser of the kind found. */
export function detectFileKind(text: string, fileName: string): StatisticsFileKind {
  const header = readCsvHeader(text, fileName);
  if (!header || header.every((field) => field === ""))
    throw new EesFormatError(fileName, 1, null, "the file is empty");
  const has = (column: string) => header.includes(column);
  if (has("SN_1") && has("SN_1P")) return { kind: "statistical_neighbours", model: "2025" };
  if (has("SN1") && has("LA number")) return { kind: "statistical_neighbours", model: "2021" };
  const measure = MEASURE_SIGNATURES.find((signature) => has(signature.column));
  if (measure) return { kind: "measure", measureId: measure.measureId };
  if (has("population_estimate") && has("age_group")) return { kind: "population" };
  throw new EesFormatError(
    fileName,
    1,
    null,
    `no known DfE measure in the header: expected a column such as ${MEASURE_SIGNATURES.map((s) => s.column).join(", ")}, population_estimate, or SN_1 / SN1`,
  );
}
