import type { RawReturnTable } from "@scorecard/shared/month-schema";
import { parse } from "csv-parse/sync";
import ExcelJS from "exceljs";
import { RowErrorsError } from "../errors.ts";
import { splitPlainCsv } from "./split-plain-csv.ts";

/** A month's return or a bulk history file, at most this big (the route answers 413 above it). */
export const MAX_RETURN_FILE_BYTES = 20 * 1024 * 1024;

const NOT_A_RETURN =
  "The file is not a CSV file or an Excel workbook (.xlsx): save it as one of those and upload it again";

const unreadable = (message: string) => new RowErrorsError(message, [{ row: null, column: null, message }]);

/** XLSX files are zip archives; a CSV is text. Anything else (a PDF, an image, .xls) is neither. */
function kindOf(body: Buffer): "xlsx" | "csv" {
  if (body.subarray(0, 4).equals(Buffer.from([0x50, 0x4b, 0x03, 0x04]))) return "xlsx";
  const sample = body.subarray(0, 64 * 1024);
  if (sample.includes(0)) throw unreadable(NOT_A_RETURN);
  const decoded = new TextDecoder("utf-8", { fatal: false }).decode(sample);
  // Replacement characters from a cut multi-byte character at the sample's end are not a sign of binary.
  if ((decoded.slice(0, -4).match(/\uFFFD/g) ?? []).length > 0) throw unreadable(NOT_A_RETURN);
  return "csv";
}

/** The general parser, for files with quoted cells (commas or line breaks inside a cell). */
function parseCsvRecords(body: Buffer): string[][] {
  try {
    return parse(body, { bom: true, relax_column_count: true, skip_empty_lines: false });
  } catch (error) {
    const line = (error as { lines?: number }).lines;
    throw new RowErrorsError("The CSV file could not be read", [
      { row: line ?? null, column: null, message: `The CSV file is malformed: ${(error as Error).message}` },
    ]);
  }
}

function readCsv(body: Buffer): RawReturnTable {
  const [header = [], ...rows] = splitPlainCsv(body) ?? parseCsvRecords(body);
  return { header, rows: rows.map((cells, index) => ({ row: index + 2, cells })) };
}

const pad = (n: number) => String(n).padStart(2, "0");

/** A cell as the return reads it: numbers stay numbers; dates become months; everything else text. */
function cellValue(value: ExcelJS.CellValue): string | number | null {
  if (value === null || value === undefined) return null;
  if (typeof value === "number" || typeof value === "string") return value;
  if (typeof value === "boolean") return String(value);
  if (value instanceof Date) return `${value.getUTCFullYear()}-${pad(value.getUTCMonth() + 1)}`;
  if (typeof value === "object") {
    if ("result" in value) return cellValue(value.result as ExcelJS.CellValue);
    if ("richText" in value) return value.richText.map((part) => part.text).join("");
    if ("text" in value) return String(value.text);
    if ("error" in value) return String(value.error);
  }
  return String(value);
}

async function readXlsx(body: Buffer): Promise<RawReturnTable> {
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(body as unknown as ArrayBuffer);
  } catch {
    throw unreadable(NOT_A_RETURN);
  }
  const sheet = workbook.worksheets[0];
  if (!sheet) throw unreadable("The workbook has no worksheet: the return goes on its first sheet");
  const width = sheet.columnCount;
  const cellsOf = (rowNumber: number) => {
    const row = sheet.getRow(rowNumber);
    return Array.from({ length: width }, (_, index) => cellValue(row.getCell(index + 1).value));
  };
  const header = cellsOf(1).map((cell) => (cell === null ? "" : String(cell)));
  const rows = [];
  for (let rowNumber = 2; rowNumber <= sheet.rowCount; rowNumber++)
    rows.push({ row: rowNumber, cells: cellsOf(rowNumber) });
  return { header, rows };
}

/** Reads a return file, whichever of CSV or XLSX it is (told by its bytes), into header and rows. */
export async function parseReturnFile(body: Buffer, _contentType?: string): Promise<RawReturnTable> {
  return kindOf(body) === "xlsx" ? readXlsx(body) : readCsv(body);
}
