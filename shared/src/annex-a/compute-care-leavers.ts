import type { CareLeaverRow } from "./annex-a-rows.ts";
import type { CountedRow, ExcludedRow, RuleOutcome } from "./compute-figure.ts";

/**
 * Care leavers in education, employment or training (List 9), from the SSDA903 activity codes.
 * Codes used until 2019-20: F3/P3 (training or employment). Codes from 2020-21: F4/P4 (apprenticeship),
 * F5/P5 (training or employment other than an apprenticeship). Both: F1/P1 (higher education), F2/P2
 * (other education), G4/G5/G6 (NEET: illness or disability, other reasons, pregnancy or parenting) and 0
 * (activity not known, which DfE counts as not in EET).
 */
const EET_CODES = new Set(["F1", "P1", "F2", "P2", "F3", "P3", "F4", "P4", "F5", "P5"]);
const NOT_EET_CODES = new Set(["G4", "G5", "G6", "0"]);

/** true for EET, false for not, null when the code or text is not recognised. */
export function isInEducationEmploymentOrTraining(activity: string): boolean | null {
  const code = activity.trim().toUpperCase();
  if (EET_CODES.has(code)) return true;
  if (NOT_EET_CODES.has(code)) return false;
  const words = code.toLowerCase();
  if (/\bneet\b|not in education|not known|no information/.test(words)) return false;
  if (/education|employment|training|apprentice/.test(words)) return true;
  return null;
}

export function computeCareLeaversInEet(rows: readonly CareLeaverRow[]): RuleOutcome {
  const counted: CountedRow[] = [];
  const excluded: ExcludedRow[] = [];
  const seen = new Map<string, CareLeaverRow>();
  const ordered = [...rows].sort((a, b) =>
    a.source.sheet === b.source.sheet
      ? a.source.row - b.source.row
      : a.source.sheet < b.source.sheet
        ? -1
        : 1,
  );
  for (const row of ordered) {
    const exclude = (reason: string) =>
      excluded.push({ source: row.source, childId: row.childId, team: row.allocatedTeam, reason });
    const earlier = seen.get(row.childId);
    if (earlier) {
      exclude(`Same care leaver as ${earlier.source.sheet} row ${earlier.source.row}: counted once`);
      continue;
    }
    seen.set(row.childId, row);
    if (row.activity === null || row.activity.trim() === "") {
      exclude("Activity is blank");
      continue;
    }
    const eet = isInEducationEmploymentOrTraining(row.activity);
    if (eet === null) {
      exclude(`Activity "${row.activity}" is not a DfE activity code`);
      continue;
    }
    counted.push({ source: row.source, childId: row.childId, team: row.allocatedTeam, inNumerator: eet });
  }
  return {
    counted,
    excluded,
    flags: [],
    notes: ["Activity as at the extract date; List 9 rows carry no age, so all care leavers listed count."],
  };
}
