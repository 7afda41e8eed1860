/**
 * The Annex A lists (Ofsted ILACS) as the scorecard reads them: one typed row per child-level line, with
 * only the fields the monthly indicators need. Reading a workbook (`read-annex-a-*.ts`) produces these;
 * computing the month (`compute-*.ts`) consumes them. Dates are ISO calendar dates "YYYY-MM-DD" (no time,
 * no zone); a blank cell is null. Child ids are text exactly as exported (leading zeros kept).
 */

/** Where a row came from, so every error, warning and drill-down line can name it. */
export interface SourceRow {
  /** The sheet (or CSV file) name as it appears in the upload. */
  sheet: string;
  /** The 1-based row number in that sheet, counting the header row as row 1. */
  row: number;
}

/** The allocation every casework list carries. */
export interface Allocation {
  /** "Allocated Team" as exported; mapped to the organisation's areas by an org-admin table. */
  allocatedTeam: string | null;
  /** "Allocated Worker" (a name or id as exported); null when unallocated. */
  allocatedWorker: string | null;
}

/** List 3: referrals received in the extract's period. */
export interface ReferralRow extends Allocation {
  source: SourceRow;
  childId: string;
  referralDate: string;
  /** "Referral NFA?" when present: a referral closed with no further action. */
  noFurtherAction: boolean | null;
}

/** List 4: assessments (started or authorised in the extract's period). */
export interface AssessmentRow extends Allocation {
  source: SourceRow;
  childId: string;
  startDate: string;
  /** Null while the assessment is still open. */
  authorisedDate: string | null;
  /** "Was the child seen during this assessment?" when present. */
  childSeen: boolean | null;
}

/** List 6: children in need (open cases) at the extract date. */
export interface ChildInNeedRow extends Allocation {
  source: SourceRow;
  childId: string;
  /** "Case status" as exported (e.g. "Open", "Closed", "CIN", "CP", "LAC"). */
  caseStatus: string | null;
  /** The date the case was opened or the referral that opened it, when present. */
  caseStartDate: string | null;
  caseClosedDate: string | null;
}

/** List 7: children on a child protection plan (current or ended in the period). */
export interface ChildProtectionRow extends Allocation {
  source: SourceRow;
  childId: string;
  planStartDate: string;
  planEndDate: string | null;
  /** "Date of last statutory visit" (or "Date of last visit"). */
  lastStatutoryVisitDate: string | null;
}

/** List 8: children looked after (current or ceased in the period). */
export interface ChildLookedAfterRow extends Allocation {
  source: SourceRow;
  childId: string;
  startedLookedAfterDate: string;
  ceasedLookedAfterDate: string | null;
  lastStatutoryVisitDate: string | null;
}

/** List 9: care leavers. */
export interface CareLeaverRow extends Allocation {
  source: SourceRow;
  childId: string;
  /** The activity code or text as exported (old and new DfE codes are both accepted when computing). */
  activity: string | null;
  /** "Date of latest contact" when present. */
  latestContactDate: string | null;
}

/** List 10: children with an adoption decision, placement order or placement. */
export interface AdoptionRow extends Allocation {
  source: SourceRow;
  childId: string;
  enteredCareDate: string | null;
  placementOrderDate: string | null;
  matchedDate: string | null;
  /** The date the child moved in with the prospective adopters. */
  placedForAdoptionDate: string | null;
}

/** Everything read from one upload, list by list; a list missing from the upload is an empty array. */
export interface AnnexALists {
  /** The date the extract was taken ("as at"), given with the upload or read from the workbook. */
  extractDate: string;
  referrals: ReferralRow[];
  assessments: AssessmentRow[];
  childrenInNeed: ChildInNeedRow[];
  childProtection: ChildProtectionRow[];
  childrenLookedAfter: ChildLookedAfterRow[];
  careLeavers: CareLeaverRow[];
  adoptions: AdoptionRow[];
}

/** The list numbers this module reads, by the property that holds their rows. */
export const ANNEX_A_LIST_NUMBERS = {
  referrals: 3,
  assessments: 4,
  childrenInNeed: 6,
  childProtection: 7,
  childrenLookedAfter: 8,
  careLeavers: 9,
  adoptions: 10,
} as const satisfies Record<Exclude<keyof AnnexALists, "extractDate">, number>;

export type AnnexAListName = keyof typeof ANNEX_A_LIST_NUMBERS;
