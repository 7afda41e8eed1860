/**
 * The Annex A lists the scorecard reads, their columns and the header spellings councils' systems export.
 * The canonical headers and the sample workbook's shape come from Social Finance's liia-tools-pipeline
 * (MIT): `liiatools/annex_a_pipeline/spec/Annex_A_schema.yml` and `samples/Annex_A_2024_Jan.xlsx`.
 * Sheets are recognised by these headers, never by the sheet's name.
 */
import type { AnnexAListName } from "./annex-a-rows.ts";

export type ColumnKind = "childId" | "date" | "boolean" | "text";

export interface ListColumn {
  /** The property of the typed row it fills. */
  field: string;
  /** The header as the Annex A template spells it. */
  header: string;
  kind: ColumnKind;
  required: boolean;
  /** Other spellings seen in exports; compared after `normaliseHeader`. */
  aliases: readonly string[];
  /** Shared by most lists (id, allocation): does not help tell one list from another. */
  common?: boolean;
}

const childId: ListColumn = {
  field: "childId",
  header: "Child Unique ID",
  kind: "childId",
  required: true,
  aliases: ["Child ID", "Child Identifier", "Unique Child ID", "Child Unique Identifier", "ID", "Person ID"],
  common: true,
};
const allocatedTeam: ListColumn = {
  field: "allocatedTeam",
  header: "Allocated Team",
  kind: "text",
  required: false,
  aliases: ["Team", "Allocated Team Name"],
  common: true,
};
const allocatedWorker: ListColumn = {
  field: "allocatedWorker",
  header: "Allocated Worker",
  kind: "text",
  required: false,
  aliases: ["Worker", "Allocated Social Worker", "Social Worker", "Allocated Worker Name"],
  common: true,
};

const column = (
  field: string,
  header: string,
  kind: ColumnKind,
  required: boolean,
  aliases: readonly string[] = [],
): ListColumn => ({ field, header, kind, required, aliases });

export interface ReadListDefinition {
  name: AnnexAListName;
  number: number;
  title: string;
  columns: readonly ListColumn[];
}

/** The lists read into `AnnexALists`. */
export const READ_LISTS: readonly ReadListDefinition[] = [
  {
    name: "referrals",
    number: 3,
    title: "Contacts and referrals (referrals)",
    columns: [
      childId,
      column("referralDate", "Date of Referral", "date", true, ["Referral Date", "Referral Start Date"]),
      column("noFurtherAction", "Referral NFA?", "boolean", false, [
        "Referral NFA",
        "NFA",
        "Referral No Further Action",
      ]),
      column("referralSource", "Referral Source", "text", false),
      column("referralsInLast12Months", "Number of Referrals in Last 12 Months", "text", false),
      allocatedTeam,
      allocatedWorker,
    ],
  },
  {
    name: "assessments",
    number: 4,
    title: "Assessments",
    columns: [
      childId,
      column("startDate", "Continuous Assessment Start Date", "date", true, [
        "Assessment Start Date (Continuous)",
      ]),
      column("childSeen", "Child Seen During Continuous Assessment", "boolean", false, [
        "Was the child seen during this assessment?",
        "Child Seen",
      ]),
      column("authorisedDate", "Continuous Assessment Date of Authorisation", "date", false, [
        "Assessment Authorisation Date",
        "Date of Authorisation",
      ]),
      column(
        "assessedInNeed",
        "Was the child assessed as requiring LA children's social care support?",
        "text",
        false,
      ),
      allocatedTeam,
      allocatedWorker,
    ],
  },
  {
    name: "childrenInNeed",
    number: 6,
    title: "Children in need",
    columns: [
      childId,
      column("caseStartDate", "CIN Start Date", "date", false, [
        "Child in Need Start Date",
        "Case Start Date",
      ]),
      column("primaryNeedCode", "Primary Need Code", "text", false, ["Primary Need"]),
      column("caseClosedDate", "CIN Closure Date", "date", false, [
        "Child in Need Closure Date",
        "Case Closure Date",
      ]),
      column("caseStatus", "Case Status", "text", false),
      allocatedTeam,
      allocatedWorker,
    ],
  },
  {
    name: "childProtection",
    number: 7,
    title: "Child protection",
    columns: [
      childId,
      column("planStartDate", "Child Protection Plan Start Date", "date", true, [
        "CP Plan Start Date",
        "CPP Start Date",
      ]),
      column("initialCategoryOfAbuse", "Initial Category of Abuse", "text", false),
      column("lastStatutoryVisitDate", "Date of the Last Statutory Visit", "date", false, [
        "Date of Last Statutory Visit",
        "Date of last visit",
      ]),
      column("planEndDate", "Child Protection Plan End Date", "date", false, [
        "CP Plan End Date",
        "CPP End Date",
      ]),
      allocatedTeam,
      allocatedWorker,
    ],
  },
  {
    name: "childrenLookedAfter",
    number: 8,
    title: "Children looked after",
    columns: [
      childId,
      column("startedLookedAfterDate", "Date Started to be Looked After", "date", true, [
        "Date Started Looked After",
        "Date Became Looked After",
      ]),
      column("legalStatus", "Child's Legal Status", "text", false, ["Legal Status"]),
      column("lastStatutoryVisitDate", "Date of Last Social Work Visit", "date", false, [
        "Date of Last Statutory Visit",
        "Date of last visit",
      ]),
      column("ceasedLookedAfterDate", "Date Ceased to be Looked After", "date", false, [
        "Date Ceased Looked After",
      ]),
      column("placementType", "Placement Type", "text", false),
      allocatedTeam,
      allocatedWorker,
    ],
  },
  {
    name: "careLeavers",
    number: 9,
    title: "Care leavers",
    columns: [
      childId,
      allocatedTeam,
      allocatedWorker,
      column("personalAdvisor", "Allocated Personal Advisor", "text", false, ["Personal Advisor"]),
      column("eligibilityCategory", "Eligibility Category", "text", false),
      column("latestContactDate", "Latest Date of Contact", "date", false, [
        "Date of Latest Contact",
        "Date of last contact",
      ]),
      column("activity", "Activity Status", "text", false, ["Activity", "Main Activity"]),
    ],
  },
  {
    name: "adoptions",
    number: 10,
    title: "Adoption",
    columns: [
      childId,
      column("enteredCareDate", "Date the Child Entered Care", "date", false, ["Date Entered Care"]),
      column(
        "adoptionDecisionDate",
        "Date of Decision that Child Should be Placed for Adoption",
        "date",
        false,
        ["Date of ADM Decision"],
      ),
      column("placementOrderDate", "Date of Placement Order", "date", false),
      column("matchedDate", "Date of Matching Child and Prospective Adopters", "date", false, [
        "Date of Matching",
      ]),
      column("placedForAdoptionDate", "Date Placed for Adoption", "date", false),
      allocatedTeam,
      allocatedWorker,
    ],
  },
];

/** Lists we recognise only to say we ignored them, by headers that only they carry. */
export const IGNORED_LISTS: readonly { number: number; title: string; headers: readonly string[] }[] = [
  { number: 1, title: "Contacts", headers: ["Date of Contact", "Contact Source"] },
  {
    number: 2,
    title: "Early help assessments",
    headers: ["Assessment start date", "Assessment completion date", "Organisation completing assessment"],
  },
  {
    number: 5,
    title: "Section 47 enquiries and ICPCs",
    headers: [
      "Strategy discussion initiating Section 47 Enquiry Start Date",
      "Was an Initial Child Protection Conference deemed unnecessary?",
      "Date of Initial Child Protection Conference",
      "Number of Section 47 Enquiries in the last 12 months",
    ],
  },
  {
    number: 11,
    title: "Adopters",
    headers: [
      "Individual adopter identifier",
      "Date enquiry received",
      "Date Stage 1 started",
      "Date Stage 2 started",
    ],
  },
];

/**
 * A header as compared: case, curly quotes, non-breaking and repeated spaces, punctuation and a trailing
 * "(Y/N)" or "(Years)" do not count. "Age of Child (Years)" and "Age" both become "age of child" / "age".
 */
export function normaliseHeader(header: string): string {
  return header
    .normalize("NFKC")
    .toLowerCase()
    .replace(/[\u2018\u2019\u201a\u201b\u2032`]/g, "'")
    .replace(/\((y\/n|years)\)/g, " ")
    .replace(/'s\b/g, "s")
    .replace(/[^a-z0-9]+/g, " ")
    .trim();
}

const namesByColumn = new WeakMap<ListColumn, ReadonlySet<string>>();

/** The column's header and aliases, normalised once. */
function normalisedNames(columnDefinition: ListColumn): ReadonlySet<string> {
  let names = namesByColumn.get(columnDefinition);
  if (names === undefined) {
    names = new Set([columnDefinition.header, ...columnDefinition.aliases].map(normaliseHeader));
    namesByColumn.set(columnDefinition, names);
  }
  return names;
}

/** Whether an already normalised header is this column (for scoring many rows against many lists). */
export function normalisedHeaderMatches(columnDefinition: ListColumn, normalised: string): boolean {
  return normalised !== "" && normalisedNames(columnDefinition).has(normalised);
}

/** Whether a header (as written in the upload) is this column. */
export function headerMatches(columnDefinition: ListColumn, header: string): boolean {
  return normalisedHeaderMatches(columnDefinition, normaliseHeader(header));
}
