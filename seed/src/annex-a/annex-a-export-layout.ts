/**
 * How the synthetic authority's system exports each list: sheet names that are deliberately unlike the list
 * names (the reader must go by headers), header spellings that differ from the template in case, aliases and
 * curly quotes, and demographic columns the scorecard does not read. Shape after Social Finance's
 * liia-tools-pipeline sample `Annex_A_2024_Jan.xlsx` (MIT); every value is generated.
 */
import type { AnnexAListName, AnnexALists } from "@scorecard/shared/annex-a/annex-a-rows";

export type ExportCell = string | boolean | null | { date: string };

export interface ExportColumn<Row> {
  header: string;
  value: (row: Row, index: number) => ExportCell;
}

type RowOf<Name extends AnnexAListName> = AnnexALists[Name][number];

/** Sheet (and CSV file) names, in workbook order. */
export const SHEET_NAMES: Record<AnnexAListName, string> = {
  referrals: "Refs 12m",
  assessments: "Sheet2",
  childrenInNeed: "CIN open",
  childProtection: "L7",
  childrenLookedAfter: "Looked after children",
  careLeavers: "Leavers",
  adoptions: "Adopt",
};

/** Some dates are Excel dates, some text, as real exports mix them. */
const date = (iso: string | null, asText: boolean): ExportCell =>
  iso === null ? null : asText ? `${iso.slice(8, 10)}/${iso.slice(5, 7)}/${iso.slice(0, 4)}` : { date: iso };
const yesNo = (value: boolean | null): ExportCell => (value === null ? null : value ? "Yes" : "No");

/** Demographics: derived from the id so they are stable, and never read by the scorecard. */
const gender = (childId: string): string =>
  childId.charCodeAt(childId.length - 1) % 2 === 0 ? "Female" : "Male";
const age = (childId: string): string => String(childId.charCodeAt(childId.length - 2) % 18);

const allocation = <Row extends { allocatedTeam: string | null; allocatedWorker: string | null }>(
  teamHeader = "Allocated Team",
  workerHeader = "Allocated Worker",
): ExportColumn<Row>[] => [
  { header: teamHeader, value: (row) => row.allocatedTeam },
  { header: workerHeader, value: (row) => row.allocatedWorker },
];

export const EXPORT_LAYOUT: { [Name in AnnexAListName]: ExportColumn<RowOf<Name>>[] } = {
  referrals: [
    { header: "Child Unique ID", value: (row) => row.childId },
    { header: "Gender", value: (row) => gender(row.childId) },
    { header: "Age of Child (Years)", value: (row) => age(row.childId) },
    { header: "Date of referral", value: (row, index) => date(row.referralDate, index % 3 === 0) },
    { header: "Referral NFA?", value: (row) => yesNo(row.noFurtherAction) },
    ...allocation<RowOf<"referrals">>(),
  ],
  assessments: [
    { header: "CHILD UNIQUE ID", value: (row) => row.childId },
    { header: "Sex", value: (row) => gender(row.childId) },
    { header: "Continuous Assessment Start Date", value: (row) => date(row.startDate, true) },
    { header: "Child Seen During Continuous Assessment", value: (row) => yesNo(row.childSeen) },
    { header: "Continuous Assessment Date of Authorisation", value: (row) => date(row.authorisedDate, true) },
    ...allocation<RowOf<"assessments">>("Allocated\u00a0Team", "Allocated  Worker"),
  ],
  childrenInNeed: [
    { header: "Child ID", value: (row) => row.childId },
    { header: "Age", value: (row) => age(row.childId) },
    { header: "CIN Start Date", value: (row, index) => date(row.caseStartDate, index % 2 === 0) },
    { header: "CIN Closure Date", value: (row, index) => date(row.caseClosedDate, index % 2 === 0) },
    { header: "Case Status", value: (row) => row.caseStatus },
    ...allocation<RowOf<"childrenInNeed">>("Team", "Social Worker"),
  ],
  childProtection: [
    { header: "Child Unique ID", value: (row) => row.childId },
    { header: "Gender", value: (row) => gender(row.childId) },
    { header: "CP Plan Start Date", value: (row) => date(row.planStartDate, false) },
    { header: "Date of the Last Statutory Visit", value: (row) => date(row.lastStatutoryVisitDate, false) },
    { header: "CP Plan End Date", value: (row) => date(row.planEndDate, false) },
    ...allocation<RowOf<"childProtection">>(),
  ],
  childrenLookedAfter: [
    { header: "Child Unique ID", value: (row) => row.childId },
    { header: "Gender", value: (row) => gender(row.childId) },
    {
      header: "Date Started to be Looked After",
      value: (row, index) => date(row.startedLookedAfterDate, index % 4 === 0),
    },
    { header: "Child\u2019s Legal Status", value: (row) => (row.childId.endsWith("7") ? "V2" : "C2") },
    {
      header: "Date of Last Social Work Visit",
      value: (row, index) => date(row.lastStatutoryVisitDate, index % 4 === 1),
    },
    {
      header: "Date Ceased to be Looked After",
      value: (row, index) => date(row.ceasedLookedAfterDate, index % 4 === 2),
    },
    ...allocation<RowOf<"childrenLookedAfter">>(),
  ],
  careLeavers: [
    { header: "Child Unique ID", value: (row) => row.childId },
    { header: "Allocated Team", value: (row) => row.allocatedTeam },
    { header: "Allocated Worker", value: (row) => row.allocatedWorker },
    { header: "Eligibility Category", value: () => "Relevant" },
    { header: "Latest Date of Contact", value: (row) => date(row.latestContactDate, false) },
    { header: "Activity Status", value: (row) => row.activity },
  ],
  adoptions: [
    { header: "Child Unique ID", value: (row) => row.childId },
    { header: "Date the Child Entered Care", value: (row) => date(row.enteredCareDate, false) },
    { header: "Date of Placement Order", value: (row) => date(row.placementOrderDate, true) },
    {
      header: "Date of Matching Child and Prospective Adopters",
      value: (row) => date(row.matchedDate, false),
    },
    { header: "Date Placed for Adoption", value: (row) => date(row.placedForAdoptionDate, true) },
    ...allocation<RowOf<"adoptions">>(),
  ],
};

export const LIST_ORDER: readonly AnnexAListName[] = [
  "referrals",
  "assessments",
  "childrenInNeed",
  "childProtection",
  "childrenLookedAfter",
  "careLeavers",
  "adoptions",
];

/** A List 1 (contacts) sheet as councils include it: the reader must notice and ignore it. */
export const CONTACTS_SHEET = {
  name: "Contacts",
  headers: ["Child Unique ID", "Gender", "Date of Contact", "Contact Source"],
};
