/**
 * An Annex A upload (sheets of raw cells) to the typed lists, with every problem found at once. Errors mean
 * the upload cannot be used (the caller answers 422 and stores nothing); warnings are kept, listed and
 * counted by kind so that nothing is dropped without a word.
 */
import type { ListColumn, ReadListDefinition } from "./annex-a-lists.ts";
import { headerMatches } from "./annex-a-lists.ts";
import type { AnnexAListName, AnnexALists, SourceRow } from "./annex-a-rows.ts";
import {
  type CellResult,
  type CellValue,
  readBooleanCell,
  readChildIdCell,
  readDateCell,
  readTextCell,
} from "./read-annex-a-cells.ts";
import { recogniseSheet } from "./read-annex-a-sheets.ts";

export interface AnnexASheet {
  /** The sheet's name, or the CSV file's name inside a zip. */
  name: string;
  /** Rows from the top of the sheet, each a row of cells from column A. */
  rows: readonly (readonly CellValue[])[];
}

export type ProblemKind =
  | "missingColumn"
  | "unreadableCell"
  | "blankChildId"
  | "ambiguousSheet"
  | "unrecognisedSheet"
  | "numericChildId"
  | "endsBeforeStart"
  | "duplicateRow"
  | "afterExtractDate";

export interface Problem {
  kind: ProblemKind;
  sheet: string;
  /** The sheet's row as Excel numbers it (1-based); null when the problem is the whole sheet. */
  row: number | null;
  /** The column's header as written in the sheet (or the canonical one when it is missing). */
  column: string | null;
  message: string;
}

export interface AnnexAReadResult {
  lists: AnnexALists;
  errors: Problem[];
  warnings: Problem[];
  /** Warnings by kind, so a summary can say "3 duplicate rows" without the caller counting. */
  warningCounts: Partial<Record<ProblemKind, number>>;
  /** What was read from where, and what was ignored. */
  notes: string[];
}

export interface ReadAnnexAOptions {
  /** The "as at" date of the extract, YYYY-MM-DD. */
  extractDate: string;
}

type Value = string | boolean | null;

/** Start/end pairs whose order is checked, per list. */
const ORDERED_DATES: Partial<Record<AnnexAListName, readonly [string, string, string][]>> = {
  assessments: [["startDate", "authorisedDate", "the assessment is authorised before it starts"]],
  childrenInNeed: [["caseStartDate", "caseClosedDate", "the case closes before it opens"]],
  childProtection: [["planStartDate", "planEndDate", "the plan ends before it starts"]],
  childrenLookedAfter: [["startedLookedAfterDate", "ceasedLookedAfterDate", "care ends before it starts"]],
  adoptions: [
    ["placementOrderDate", "placedForAdoptionDate", "the child is placed before the placement order"],
  ],
};

function readCell(kind: ListColumn["kind"], cell: CellValue): CellResult<string | boolean> {
  switch (kind) {
    case "date":
      return readDateCell(cell);
    case "boolean":
      return readBooleanCell(cell);
    case "childId":
      return readChildIdCell(cell);
    case "text":
      return readTextCell(cell);
  }
}

function emptyLists(extractDate: string): AnnexALists {
  return {
    extractDate,
    referrals: [],
    assessments: [],
    childrenInNeed: [],
    childProtection: [],
    childrenLookedAfter: [],
    careLeavers: [],
    adoptions: [],
  };
}

type Values = ReadonlyMap<string, Value>;
const text = (values: Values, field: string): string | null => {
  const value = values.get(field);
  return typeof value === "string" ? value : null;
};
const flag = (values: Values, field: string): boolean | null => {
  const value = values.get(field);
  return typeof value === "boolean" ? value : null;
};
/** Required fields are checked before building, so a missing one here is a bug, not bad input. */
const required = (values: Values, field: string): string => {
  const value = text(values, field);
  if (value === null) throw new Error(`required field ${field} was not read`);
  return value;
};
const allocation = (values: Values) => ({
  allocatedTeam: text(values, "allocatedTeam"),
  allocatedWorker: text(values, "allocatedWorker"),
});

function appendRow(lists: AnnexALists, name: AnnexAListName, source: SourceRow, values: Values): void {
  const childId = required(values, "childId");
  switch (name) {
    case "referrals":
      lists.referrals.push({
        source,
        childId,
        referralDate: required(values, "referralDate"),
        noFurtherAction: flag(values, "noFurtherAction"),
        ...allocation(values),
      });
      return;
    case "assessments":
      lists.assessments.push({
        source,
        childId,
        startDate: required(values, "startDate"),
        authorisedDate: text(values, "authorisedDate"),
        childSeen: flag(values, "childSeen"),
        ...allocation(values),
      });
      return;
    case "childrenInNeed":
      lists.childrenInNeed.push({
        source,
        childId,
        caseStatus: text(values, "caseStatus"),
        caseStartDate: text(values, "caseStartDate"),
        caseClosedDate: text(values, "caseClosedDate"),
        ...allocation(values),
      });
      return;
    case "childProtection":
      lists.childProtection.push({
        source,
        childId,
        planStartDate: required(values, "planStartDate"),
        planEndDate: text(values, "planEndDate"),
        lastStatutoryVisitDate: text(values, "lastStatutoryVisitDate"),
        ...allocation(values),
      });
      return;
    case "childrenLookedAfter":
      lists.childrenLookedAfter.push({
        source,
        childId,
        startedLookedAfterDate: required(values, "startedLookedAfterDate"),
        ceasedLookedAfterDate: text(values, "ceasedLookedAfterDate"),
        lastStatutoryVisitDate: text(values, "lastStatutoryVisitDate"),
        ...allocation(values),
      });
      return;
    case "careLeavers":
      lists.careLeavers.push({
        source,
        childId,
        activity: text(values, "activity"),
        latestContactDate: text(values, "latestContactDate"),
        ...allocation(values),
      });
      return;
    case "adoptions":
      lists.adoptions.push({
        source,
        childId,
        enteredCareDate: text(values, "enteredCareDate"),
        placementOrderDate: text(values, "placementOrderDate"),
        matchedDate: text(values, "matchedDate"),
        placedForAdoptionDate: text(values, "placedForAdoptionDate"),
        ...allocation(values),
      });
      return;
  }
}

function isBlankRow(row: readonly CellValue[]): boolean {
  return row.every(
    (cell) => cell === null || cell === undefined || (typeof cell === "string" && cell.trim() === ""),
  );
}

function readListSheet(
  sheet: AnnexASheet,
  list: ReadListDefinition,
  headerRowIndex: number,
  options: ReadAnnexAOptions,
  result: AnnexAReadResult,
): void {
  const headerRow = sheet.rows[headerRowIndex] ?? [];
  const headerNumber = headerRowIndex + 1;
  const located: { column: ListColumn; index: number; written: string }[] = [];
  let columnsMissing = false;
  for (const column of list.columns) {
    const index = headerRow.findIndex((cell) => typeof cell === "string" && headerMatches(column, cell));
    if (index >= 0) {
      located.push({ column, index, written: String(headerRow[index]).trim() });
    } else if (column.required) {
      columnsMissing = true;
      result.errors.push({
        kind: "missingColumn",
        sheet: sheet.name,
        row: headerNumber,
        column: column.header,
        message: `List ${list.number} (${list.title}) needs the column "${column.header}", which the header row lacks`,
      });
    }
  }
  if (columnsMissing) return;

  const seen = new Map<string, number>();
  let rowsRead = 0;
  for (let rowIndex = headerRowIndex + 1; rowIndex < sheet.rows.length; rowIndex++) {
    const row = sheet.rows[rowIndex] ?? [];
    if (isBlankRow(row)) continue;
    const rowNumber = rowIndex + 1;
    const values = new Map<string, Value>();
    const where = (written: string) => ({ sheet: sheet.name, row: rowNumber, column: written });
    let rowUsable = true;
    for (const { column, index, written } of located) {
      const read = readCell(column.kind, row[index]);
      if (!read.ok) {
        const problem = {
          kind: "unreadableCell" as const,
          ...where(written),
          message: `${written} ${read.message}`,
        };
        if (column.required) {
          result.errors.push(problem);
          rowUsable = false;
        } else {
          result.warnings.push({ ...problem, message: `${problem.message}; read as blank` });
        }
        values.set(column.field, null);
        continue;
      }
      if (read.warning) {
        result.warnings.push({
          kind: "numericChildId",
          ...where(written),
          message: `${written} ${read.warning}`,
        });
      }
      if (read.value === null && column.required) {
        rowUsable = false;
        result.errors.push({
          kind: column.kind === "childId" ? "blankChildId" : "unreadableCell",
          ...where(written),
          message: `${written} is blank`,
        });
      }
      if (column.kind === "date" && typeof read.value === "string" && read.value > options.extractDate) {
        result.warnings.push({
          kind: "afterExtractDate",
          ...where(written),
          message: `${written} ${read.value} is after the extract date ${options.extractDate}`,
        });
      }
      values.set(column.field, read.value);
    }
    if (!rowUsable) continue;

    for (const [startField, endField, message] of ORDERED_DATES[list.name] ?? []) {
      const start = text(values, startField);
      const end = text(values, endField);
      const endColumn = located.find((entry) => entry.column.field === endField);
      if (start !== null && end !== null && end < start && endColumn) {
        result.warnings.push({
          kind: "endsBeforeStart",
          ...where(endColumn.written),
          message: `${message} (${start} to ${end})`,
        });
      }
    }
    const key = JSON.stringify(located.map(({ column }) => values.get(column.field) ?? null));
    const earlier = seen.get(key);
    if (earlier !== undefined) {
      result.warnings.push({
        kind: "duplicateRow",
        sheet: sheet.name,
        row: rowNumber,
        column: null,
        message: `repeats row ${earlier} exactly; both are kept`,
      });
    } else {
      seen.set(key, rowNumber);
    }
    appendRow(result.lists, list.name, { sheet: sheet.name, row: rowNumber }, values);
    rowsRead++;
  }
  result.notes.push(`Sheet "${sheet.name}": List ${list.number} (${list.title}), ${rowsRead} rows read`);
}

export function readAnnexA(sheets: readonly AnnexASheet[], options: ReadAnnexAOptions): AnnexAReadResult {
  const result: AnnexAReadResult = {
    lists: emptyLists(options.extractDate),
    errors: [],
    warnings: [],
    warningCounts: {},
    notes: [],
  };
  const listsSeen = new Map<AnnexAListName, string>();
  for (const sheet of sheets) {
    const recognition = recogniseSheet(sheet.rows);
    switch (recognition.kind) {
      case "empty":
        result.notes.push(`Sheet "${sheet.name}" is empty: ignored`);
        break;
      case "ignored":
        result.notes.push(
          `Sheet "${sheet.name}" looks like List ${recognition.number} (${recognition.title}), which the scorecard does not use: ignored`,
        );
        break;
      case "unrecognised":
        result.warnings.push({
          kind: "unrecognisedSheet",
          sheet: sheet.name,
          row: null,
          column: null,
          message: `No Annex A list's headers were found in the first rows of sheet "${sheet.name}": ignored`,
        });
        break;
      case "ambiguous":
        result.errors.push({
          kind: "ambiguousSheet",
          sheet: sheet.name,
          row: recognition.headerRowIndex + 1,
          column: null,
          message: `The headers of sheet "${sheet.name}" fit ${recognition.candidates
            .map((list) => `List ${list.number}`)
            .join(" and ")} equally; give the sheet the list's full set of headers`,
        });
        break;
      case "list": {
        const earlierSheet = listsSeen.get(recognition.list.name);
        if (earlierSheet !== undefined) {
          result.notes.push(
            `Sheets "${earlierSheet}" and "${sheet.name}" both hold List ${recognition.list.number}: their rows are read together`,
          );
        }
        listsSeen.set(recognition.list.name, sheet.name);
        readListSheet(sheet, recognition.list, recognition.headerRowIndex, options, result);
        break;
      }
    }
  }
  for (const warning of result.warnings) {
    result.warningCounts[warning.kind] = (result.warningCounts[warning.kind] ?? 0) + 1;
  }
  return result;
}
