/**
 * Sheets of raw cells (an Annex A workbook or a zip of CSVs, as `server/src/annex-a/read-annex-a-upload.ts`
 * gives them) → the typed lists, with every problem located by sheet, row and column. Errors mean the
 * upload cannot be used (the caller answers 422 and stores nothing); warnings are kept and counted, and
 * the rows they concern are still read: deciding what to exclude is the computation's job.
 */
import {
  headerMatches,
  IGNORED_LISTS,
  type ListColumn,
  normaliseHeader,
  READ_LISTS,
  type ReadListDefinition,
} from "./annex-a-lists.ts";
import type { AnnexALists, SourceRow } from "./annex-a-rows.ts";
import {
  type CellReading,
  isExcelError,
  type RawCell,
  readBooleanCell,
  readChildIdCell,
  readDateCell,
  readTextCell,
} from "./read-annex-a-cells.ts";

export interface RawSheet {
  name: string;
  /** rows[0] is the sheet's row 1. */
  rows: readonly (readonly RawCell[])[];
}

export type ProblemKind =
  | "no-list-recognised"
  | "ambiguous-sheet"
  | "list-in-two-sheets"
  | "missing-column"
  | "blank-child-id"
  | "unreadable-required"
  | "unreadable-value"
  | "excel-error"
  | "numeric-child-id"
  | "unrecognised-sheet"
  | "ends-before-start"
  | "duplicate-row"
  | "after-extract-date";

export interface Problem {
  kind: ProblemKind;
  /** Null only for a problem with the whole upload (no list recognised). */
  sheet: string | null;
  /** The sheet's row number as the spreadsheet shows it. */
  row: number | null;
  /** The column's header as written in the upload (or the template's header when it is missing). */
  column: string | null;
  message: string;
}

export interface AnnexAReading {
  lists: AnnexALists;
  errors: Problem[];
  warnings: Problem[];
  /** How many warnings of each kind. */
  warningCounts: Partial<Record<ProblemKind, number>>;
  /** Sheets read, lists ignored, columns absent: what a reader of the upload should know. */
  notes: string[];
}

/** How far down a sheet its header row may be (title rows above it are common). */
export const HEADER_SEARCH_ROWS = 10;

interface Recognition {
  list: ReadListDefinition;
  headerIndex: number;
  score: number;
}

const cellText = (cell: RawCell | undefined) => (typeof cell === "string" ? cell : "");

/** The share of a list's distinctive (not shared) headers the row carries. */
function scoreRow(row: readonly RawCell[], headers: readonly ListColumn[]): number {
  const distinctive = headers.filter((column) => !column.common);
  const found = distinctive.filter((column) => row.some((cell) => headerMatches(column, cellText(cell))));
  return distinctive.length === 0 ? 0 : found.length / distinctive.length;
}

function ignoredListOf(rows: RawSheet["rows"]) {
  for (const row of rows.slice(0, HEADER_SEARCH_ROWS)) {
    const written = new Set(row.map((cell) => normaliseHeader(cellText(cell))));
    const list = IGNORED_LISTS.find(
      (candidate) =>
        candidate.headers.filter((h) => written.has(normaliseHeader(h))).length * 2 >=
        candidate.headers.length,
    );
    if (list) return list;
  }
  return null;
}

const MIN_SCORE = 0.5;

/** The list a sheet holds, told by its header row, or why it cannot be told. */
function recogniseSheet(sheet: RawSheet): Recognition | { ambiguous: Recognition[] } | null {
  let best: Recognition[] = [];
  sheet.rows.slice(0, HEADER_SEARCH_ROWS).forEach((row, headerIndex) => {
    for (const list of READ_LISTS) {
      const score = scoreRow(row, list.columns);
      if (score < MIN_SCORE) continue;
      if (best.length === 0 || score > (best[0]?.score ?? 0)) best = [{ list, headerIndex, score }];
      else if (score === best[0]?.score && best[0].headerIndex === headerIndex)
        best.push({ list, headerIndex, score });
    }
  });
  if (best.length === 0) return null;
  if (best.length > 1) return { ambiguous: best };
  return best[0] ?? null;
}

type Values = Record<string, string | boolean | null>;

function readCell(column: ListColumn, cell: RawCell): CellReading<string | boolean> {
  switch (column.kind) {
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

const columnLetter = (index: number): string =>
  (index >= 26 ? columnLetter(Math.floor(index / 26) - 1) : "") + String.fromCharCode(65 + (index % 26));

/** Optional dates that end something, and what they must not precede. */
const ENDS: Partial<Record<string, [end: string, start: string]>> = {
  assessments: ["authorisedDate", "startDate"],
  childrenInNeed: ["caseClosedDate", "caseStartDate"],
  childProtection: ["planEndDate", "planStartDate"],
  childrenLookedAfter: ["ceasedLookedAfterDate", "startedLookedAfterDate"],
};

function buildRow(name: ReadListDefinition["name"], source: SourceRow, v: Values) {
  const text = (field: string) => (typeof v[field] === "string" ? (v[field] as string) : null);
  const flag = (field: string) => (typeof v[field] === "boolean" ? (v[field] as boolean) : null);
  const worker = text("allocatedWorker");
  const allocation = {
    allocatedTeam: text("allocatedTeam"),
    // Some systems write the word rather than leave the cell blank.
    allocatedWorker: worker && /^(un-?allocated|not allocated)$/i.test(worker) ? null : worker,
  };
  const childId = text("childId") ?? "";
  switch (name) {
    case "referrals":
      return {
        source,
        childId,
        referralDate: text("referralDate") ?? "",
        noFurtherAction: flag("noFurtherAction"),
        ...allocation,
      };
    case "assessments":
      return {
        source,
        childId,
        startDate: text("startDate") ?? "",
        authorisedDate: text("authorisedDate"),
        childSeen: flag("childSeen"),
        ...allocation,
      };
    case "childrenInNeed":
      return {
        source,
        childId,
        caseStatus: text("caseStatus"),
        caseStartDate: text("caseStartDate"),
        caseClosedDate: text("caseClosedDate"),
        ...allocation,
      };
    case "childProtection":
      return {
        source,
        childId,
        planStartDate: text("planStartDate") ?? "",
        planEndDate: text("planEndDate"),
        lastStatutoryVisitDate: text("lastStatutoryVisitDate"),
        ...allocation,
      };
    case "childrenLookedAfter":
      return {
        source,
        childId,
        startedLookedAfterDate: text("startedLookedAfterDate") ?? "",
        ceasedLookedAfterDate: text("ceasedLookedAfterDate"),
        lastStatutoryVisitDate: text("lastStatutoryVisitDate"),
        ...allocation,
      };
    case "careLeavers":
      return {
        source,
        childId,
        activity: text("activity"),
        latestContactDate: text("latestContactDate"),
        ...allocation,
      };
    case "adoptions":
      return {
        source,
        childId,
        enteredCareDate: text("enteredCareDate"),
        placementOrderDate: text("placementOrderDate"),
        matchedDate: text("matchedDate"),
        placedForAdoptionDate: text("placedForAdoptionDate"),
        ...allocation,
      };
  }
}

interface SheetContext {
  sheet: RawSheet;
  recognition: Recognition;
  extractDate: string;
  errors: Problem[];
  warnings: Problem[];
  notes: string[];
}

function readListSheet({
  sheet,
  recognition,
  extractDate,
  errors,
  warnings,
  notes,
}: SheetContext): unknown[] {
  const { list, headerIndex } = recognition;
  const headerRow = sheet.rows[headerIndex] ?? [];
  const headerRowNumber = headerIndex + 1;
  const positions = new Map<ListColumn, number>();
  for (const column of list.columns) {
    const position = headerRow.findIndex((cell) => headerMatches(column, cellText(cell)));
    if (position >= 0) positions.set(column, position);
    else if (column.required)
      errors.push({
        kind: "missing-column",
        sheet: sheet.name,
        row: headerRowNumber,
        column: column.header,
        message: `Sheet "${sheet.name}" looks like List ${list.number} (${list.title}) but has no "${column.header}" column in its header row ${headerRowNumber}`,
      });
    else
      notes.push(
        `Sheet "${sheet.name}" (List ${list.number}) has no "${column.header}" column: read as blank.`,
      );
  }
  if (errors.some((e) => e.sheet === sheet.name && e.kind === "missing-column")) return [];

  const rows: unknown[] = [];
  const seen = new Map<string, number>();
  let numericIds = 0;
  let firstNumericRow = 0;
  for (let index = headerIndex + 1; index < sheet.rows.length; index++) {
    const cells = sheet.rows[index] ?? [];
    if (cells.every((cell) => cell === null || (typeof cell === "string" && cell.trim() === ""))) continue;
    const rowNumber = index + 1;
    const values: Values = {};
    const at = (column: ListColumn) => {
      const position = positions.get(column) ?? 0;
      return {
        sheet: sheet.name,
        row: rowNumber,
        column: cellText(headerRow[position]) || column.header,
        cell: `${columnLetter(position)}${rowNumber}`,
      };
    };
    for (const [column, position] of positions) {
      const cell = cells[position] ?? null;
      const where = at(column);
      const place = { sheet: where.sheet, row: where.row, column: where.column };
      if (isExcelError(cell)) {
        const problem = {
          ...place,
          message: `Cell ${where.cell} holds the spreadsheet error ${String(cell).trim()}`,
        };
        if (column.required) errors.push({ kind: "unreadable-required", ...problem });
        else warnings.push({ kind: "excel-error", ...problem, message: `${problem.message}: read as blank` });
        values[column.field] = null;
        continue;
      }
      const reading = readCell(column, cell);
      if (!reading.ok) {
        const message = `Cell ${where.cell} (${where.column}) ${reading.reason}`;
        if (column.required) errors.push({ kind: "unreadable-required", ...place, message });
        else warnings.push({ kind: "unreadable-value", ...place, message: `${message}: read as blank` });
        values[column.field] = null;
        continue;
      }
      if (reading.note === "numeric") {
        numericIds++;
        firstNumericRow ||= rowNumber;
      }
      if (reading.value === null && column.required) {
        errors.push({
          kind: column.kind === "childId" ? "blank-child-id" : "unreadable-required",
          ...place,
          message: `Cell ${where.cell} (${where.column}) is blank; every row needs one`,
        });
      }
      values[column.field] = reading.value;
      if (column.kind === "date" && typeof reading.value === "string" && reading.value > extractDate)
        warnings.push({
          kind: "after-extract-date",
          ...place,
          message: `Cell ${where.cell} (${where.column}) is ${reading.value}, after the extract date ${extractDate}`,
        });
    }
    const ends = ENDS[list.name];
    if (ends) {
      const [endField, startField] = ends;
      const end = values[endField];
      const start = values[startField];
      if (typeof end === "string" && typeof start === "string" && end < start) {
        const endColumn = list.columns.find((c) => c.field === endField);
        warnings.push({
          kind: "ends-before-start",
          sheet: sheet.name,
          row: rowNumber,
          column: endColumn ? at(endColumn).column : endField,
          message: `Row ${rowNumber}: ends on ${end}, before it starts on ${start}`,
        });
      }
    }
    const key = JSON.stringify(values);
    const earlier = seen.get(key);
    if (earlier !== undefined)
      warnings.push({
        kind: "duplicate-row",
        sheet: sheet.name,
        row: rowNumber,
        column: null,
        message: `Row ${rowNumber} repeats row ${earlier} exactly`,
      });
    else seen.set(key, rowNumber);
    rows.push(buildRow(list.name, { sheet: sheet.name, row: rowNumber }, values));
  }
  if (numericIds > 0) {
    const idColumn = list.columns.find((c) => c.kind === "childId");
    warnings.push({
      kind: "numeric-child-id",
      sheet: sheet.name,
      row: firstNumericRow,
      column: idColumn ? cellText(headerRow[positions.get(idColumn) ?? 0]) : null,
      message: `${numericIds} child ids in sheet "${sheet.name}" (first at row ${firstNumericRow}) are stored as numbers: any leading zeros were lost by the spreadsheet; save the column as text if ids have them`,
    });
  }
  notes.push(`Sheet "${sheet.name}" read as List ${list.number} (${list.title}): ${rows.length} rows.`);
  return rows;
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

/** Reads every sheet; `extractDate` (ISO) is the "as at" date the upload was given with. */
export function readAnnexA(sheets: readonly RawSheet[], options: { extractDate: string }): AnnexAReading {
  const lists = emptyLists(options.extractDate);
  const errors: Problem[] = [];
  const warnings: Problem[] = [];
  const notes: string[] = [];
  const claimed = new Map<string, string>();
  for (const sheet of sheets) {
    const recognition = recogniseSheet(sheet);
    if (recognition === null) {
      const ignored = ignoredListOf(sheet.rows);
      if (ignored)
        notes.push(
          `Sheet "${sheet.name}" is List ${ignored.number} (${ignored.title}): not used by the scorecard.`,
        );
      else
        warnings.push({
          kind: "unrecognised-sheet",
          sheet: sheet.name,
          row: null,
          column: null,
          message: `Sheet "${sheet.name}" has no header row (in its first ${HEADER_SEARCH_ROWS} rows) matching an Annex A list: not read`,
        });
      continue;
    }
    if ("ambiguous" in recognition) {
      const names = recognition.ambiguous.map((r) => `List ${r.list.number}`).join(" or ");
      const headerRow = (recognition.ambiguous[0]?.headerIndex ?? 0) + 1;
      errors.push({
        kind: "ambiguous-sheet",
        sheet: sheet.name,
        row: headerRow,
        column: null,
        message: `Sheet "${sheet.name}": the headers in row ${headerRow} fit ${names} equally; put each list on its own sheet`,
      });
      continue;
    }
    const earlier = claimed.get(recognition.list.name);
    if (earlier !== undefined) {
      errors.push({
        kind: "list-in-two-sheets",
        sheet: sheet.name,
        row: recognition.headerIndex + 1,
        column: null,
        message: `Sheets "${earlier}" and "${sheet.name}" both look like List ${recognition.list.number} (${recognition.list.title}); upload one`,
      });
      continue;
    }
    claimed.set(recognition.list.name, sheet.name);
    const rows = readListSheet({
      sheet,
      recognition,
      extractDate: options.extractDate,
      errors,
      warnings,
      notes,
    });
    (lists[recognition.list.name] as unknown[]).push(...rows);
  }
  if (claimed.size === 0)
    errors.push({
      kind: "no-list-recognised",
      sheet: null,
      row: null,
      column: null,
      message: `No sheet was recognised as Annex A List ${READ_LISTS.map((l) => l.number).join(", ")} by its headers`,
    });
  const warningCounts: AnnexAReading["warningCounts"] = {};
  for (const warning of warnings) warningCounts[warning.kind] = (warningCounts[warning.kind] ?? 0) + 1;
  return { lists, errors, warnings, warningCounts, notes };
}
