/**
 * An uploaded Annex A file to the sheets the pure reader takes: an .xlsx workbook (exceljs) or a zip of one
 * CSV per list (fflate unzips, csv-parse reads). Both are zip archives, so sizes are checked from the
 * archive's directory before anything is inflated: a small upload cannot expand into gigabytes.
 */

import type { AnnexASheet } from "@scorecard/shared/annex-a/read-annex-a";
import type { CellValue } from "@scorecard/shared/annex-a/read-annex-a-cells";
import { parse } from "csv-parse/sync";
import ExcelJS from "exceljs";
import { unzipSync } from "fflate";
import { HttpError, UnprocessableError } from "../errors.ts";

/** The upload itself, at most this big (compressed). */
export const MAX_ANNEX_A_UPLOAD_BYTES = 50 * 1024 * 1024;
/** What its files may add up to once inflated. */
export const MAX_ANNEX_A_INFLATED_BYTES = 400 * 1024 * 1024;
/** More files than this in a zip of CSVs is not an Annex A extract (there are 12 lists). */
const MAX_CSV_FILES = 40;

const NOT_ANNEX_A =
  "The file is neither an Excel workbook (.xlsx) nor a zip of CSV files: save the Annex A lists as one of those";

interface ZipEntry {
  name: string;
  originalSize: number;
}

/** The archive's directory, read without inflating anything. */
function listZip(body: Buffer): ZipEntry[] {
  const entries: ZipEntry[] = [];
  try {
    unzipSync(body, {
      filter: (file) => {
        entries.push({ name: file.name, originalSize: file.originalSize });
        return false;
      },
    });
  } catch {
    throw new UnprocessableError(`${NOT_ANNEX_A} (the archive is damaged or incomplete)`);
  }
  return entries;
}

export interface AnnexAUploadLimits {
  maxUploadBytes: number;
  maxInflatedBytes: number;
}

const DEFAULT_LIMITS: AnnexAUploadLimits = {
  maxUploadBytes: MAX_ANNEX_A_UPLOAD_BYTES,
  maxInflatedBytes: MAX_ANNEX_A_INFLATED_BYTES,
};

const megabytes = (bytes: number) => `${Math.round((bytes / 1024 / 1024) * 10) / 10} MB`;

function checkInflatedSize(entries: readonly ZipEntry[], limits: AnnexAUploadLimits): void {
  const inflated = entries.reduce((sum, entry) => sum + entry.originalSize, 0);
  if (inflated > limits.maxInflatedBytes) {
    throw new HttpError(413, `The file's contents are over ${megabytes(limits.maxInflatedBytes)} unpacked`);
  }
}

/** A cell as the reader takes it: formulas by their result, rich text and hyperlinks by their text. */
function flattenCell(value: ExcelJS.CellValue): CellValue {
  if (value === null || value === undefined) return null;
  if (typeof value === "string" || typeof value === "number" || typeof value === "boolean") return value;
  if (value instanceof Date) return value;
  if (typeof value === "object") {
    if ("result" in value) return flattenCell(value.result as ExcelJS.CellValue);
    if ("richText" in value) return value.richText.map((part) => part.text).join("");
    if ("text" in value) return flattenCell(value.text as ExcelJS.CellValue);
    if ("error" in value) return String(value.error);
  }
  return String(value);
}

async function readWorkbook(body: Buffer): Promise<AnnexASheet[]> {
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(body as unknown as ArrayBuffer);
  } catch {
    throw new UnprocessableError(
      "The Excel workbook could not be opened: it may be damaged or password-protected",
    );
  }
  return workbook.worksheets.map((worksheet) => {
    const rows: CellValue[][] = [];
    for (let rowNumber = 1; rowNumber <= worksheet.rowCount; rowNumber++) {
      const row = worksheet.getRow(rowNumber);
      rows.push(
        Array.from({ length: row.cellCount }, (_, index) => flattenCell(row.getCell(index + 1).value)),
      );
    }
    return { name: worksheet.name, rows };
  });
}

/** UTF-8 as most systems write; Windows-1252 (Excel's "CSV" on an English Windows) when it is not UTF-8. */
function decodeText(bytes: Uint8Array): string {
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    return new TextDecoder("windows-1252").decode(bytes);
  }
}

function readCsvZip(body: Buffer, entries: readonly ZipEntry[]): AnnexASheet[] {
  const isCsv = (name: string) => /\.csv$/i.test(name) && !name.startsWith("__MACOSX/");
  const csvNames = entries.map((entry) => entry.name).filter(isCsv);
  if (csvNames.length === 0) throw new UnprocessableError(`${NOT_ANNEX_A} (the zip holds no .csv file)`);
  if (csvNames.length > MAX_CSV_FILES) {
    throw new UnprocessableError(
      `The zip holds ${csvNames.length} CSV files; an Annex A extract has one per list`,
    );
  }
  const files = unzipSync(body, { filter: (file) => isCsv(file.name) });
  return csvNames.sort().map((path) => {
    const name = (path.split("/").pop() ?? path).replace(/\.csv$/i, "");
    const bytes = files[path];
    if (bytes === undefined) throw new UnprocessableError(`The zip's file "${path}" could not be unpacked`);
    try {
      const rows: string[][] = parse(decodeText(bytes), { bom: true, relax_column_count: true });
      return { name, rows };
    } catch (error) {
      const line = (error as { lines?: number }).lines;
      throw new UnprocessableError(
        `The CSV file "${path}" is malformed${line ? ` near line ${line}` : ""}: ${(error as Error).message}`,
      );
    }
  });
}

/** Reads an upload into sheets, telling a workbook from a zip of CSVs by what the archive holds. */
export async function readAnnexAUpload(
  body: Buffer,
  limits: AnnexAUploadLimits = DEFAULT_LIMITS,
): Promise<AnnexASheet[]> {
  if (body.length > limits.maxUploadBytes) {
    throw new HttpError(413, `The file is over ${megabytes(limits.maxUploadBytes)}`);
  }
  if (!body.subarray(0, 4).equals(Buffer.from([0x50, 0x4b, 0x03, 0x04])))
    throw new UnprocessableError(NOT_ANNEX_A);
  const entries = listZip(body);
  checkInflatedSize(entries, limits);
  const isWorkbook = entries.some((entry) => entry.name === "[Content_Types].xml");
  return isWorkbook ? readWorkbook(body) : readCsvZip(body, entries);
}
