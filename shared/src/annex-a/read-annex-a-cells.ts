/**
 * One Annex A cell to one value. Councils' exports mix text dates, Excel dates and bare serial numbers, and
 * ids that Excel has turned into numbers, so each reader accepts every form we meet and says when it guessed.
 */

/** A cell as the upload reader hands it over: exceljs rich text, formulas and hyperlinks already flattened. */
export type CellValue = string | number | boolean | Date | null | undefined;

export type CellResult<T> = { ok: true; value: T | null; warning?: string } | { ok: false; message: string };

const MILLISECONDS_PER_DAY = 86_400_000;
/** Day 0 of Excel's 1900 system for serials after the phantom 29 February 1900 (serial 60). */
const EXCEL_EPOCH_AFTER_LEAP_BUG = Date.UTC(1899, 11, 30);
/** 31 December 9999, the last serial Excel accepts. */
const LAST_EXCEL_SERIAL = 2_958_465;

function isBlank(cell: CellValue): cell is null | undefined | "" {
  return cell === null || cell === undefined || (typeof cell === "string" && cell.trim() === "");
}

function pad(value: number, width: number): string {
  return String(value).padStart(width, "0");
}

/** "YYYY-MM-DD" when year, month and day make a real calendar date; null otherwise. */
function isoDate(year: number, month: number, day: number): string | null {
  if (year < 1900 || year > 9999 || month < 1 || month > 12 || day < 1) return null;
  const check = new Date(Date.UTC(year, month - 1, day));
  if (check.getUTCMonth() !== month - 1 || check.getUTCDate() !== day) return null;
  return `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`;
}

function isoFromUtc(date: Date): string | null {
  if (Number.isNaN(date.getTime())) return null;
  return isoDate(date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate());
}

/**
 * An Excel serial (1900 system) as a date. Excel counts 29 February 1900, which never was (Lotus's bug), so
 * serials from 61 on are one day ahead of a plain count and serial 60 names no date. A time of day is dropped.
 */
export function excelSerialToIsoDate(serial: number): string | null {
  if (!Number.isFinite(serial) || serial < 1 || serial >= LAST_EXCEL_SERIAL + 1) return null;
  const day = Math.floor(serial);
  if (day === 60) return null;
  const offset = day < 60 ? day + 1 : day;
  return isoFromUtc(new Date(EXCEL_EPOCH_AFTER_LEAP_BUG + offset * MILLISECONDS_PER_DAY));
}

const DAY_FIRST = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})(?:[ T]\d{1,2}:\d{2}(?::\d{2})?)?$/;
const ISO = /^(\d{4})-(\d{2})-(\d{2})(?:[ T]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/;
const SERIAL_TEXT = /^\d{1,7}(?:\.\d+)?$/;

/** A date: dd/mm/yyyy or d/m/yyyy text (English order, never American), yyyy-mm-dd, an Excel date or serial. */
export function readDateCell(cell: CellValue): CellResult<string> {
  if (isBlank(cell)) return { ok: true, value: null };
  if (cell instanceof Date) {
    // exceljs gives Excel dates as JS Dates at UTC midnight, so the UTC calendar day is the one the cell shows.
    const value = isoFromUtc(cell);
    return value ? { ok: true, value } : { ok: false, message: "is not a valid date" };
  }
  if (typeof cell === "number") {
    const value = excelSerialToIsoDate(cell);
    return value
      ? { ok: true, value }
      : { ok: false, message: `${cell} is not a date (expected dd/mm/yyyy or an Excel date)` };
  }
  if (typeof cell === "boolean") return { ok: false, message: "is Yes/No, not a date" };
  const text = cell.trim();
  const dayFirst = DAY_FIRST.exec(text);
  const iso = ISO.exec(text);
  let value: string | null = null;
  if (dayFirst) value = isoDate(Number(dayFirst[3]), Number(dayFirst[2]), Number(dayFirst[1]));
  else if (iso) value = isoDate(Number(iso[1]), Number(iso[2]), Number(iso[3]));
  else if (SERIAL_TEXT.test(text)) value = excelSerialToIsoDate(Number(text));
  return value
    ? { ok: true, value }
    : { ok: false, message: `"${text.slice(0, 40)}" is not a date (expected dd/mm/yyyy)` };
}

const TRUE_WORDS = new Set(["yes", "y", "true", "t", "1"]);
const FALSE_WORDS = new Set(["no", "n", "false", "f", "0"]);

/** Yes/No, Y/N, True/False (any case), an Excel boolean or 1/0. */
export function readBooleanCell(cell: CellValue): CellResult<boolean> {
  if (isBlank(cell)) return { ok: true, value: null };
  if (typeof cell === "boolean") return { ok: true, value: cell };
  if (cell instanceof Date) return { ok: false, message: "is a date, not Yes/No" };
  const word = String(cell).trim().toLowerCase();
  if (TRUE_WORDS.has(word)) return { ok: true, value: true };
  if (FALSE_WORDS.has(word)) return { ok: true, value: false };
  return { ok: false, message: `"${word.slice(0, 40)}" is not Yes or No` };
}

/** A child id, always text: leading zeros matter, so a numeric cell is read but flagged. */
export function readChildIdCell(cell: CellValue): CellResult<string> {
  if (isBlank(cell)) return { ok: true, value: null };
  if (typeof cell === "number") {
    if (!Number.isSafeInteger(cell) || cell < 0) return { ok: false, message: `${cell} is not a child id` };
    return {
      ok: true,
      value: String(cell),
      warning: "was stored as a number, so any leading zeros of the id may have been lost",
    };
  }
  if (typeof cell === "string") return { ok: true, value: cell.trim() };
  return { ok: false, message: "is not a child id" };
}

/** Free text (team, worker, status, activity code) trimmed; a number or date as its text. */
export function readTextCell(cell: CellValue): CellResult<string> {
  if (isBlank(cell)) return { ok: true, value: null };
  if (cell instanceof Date) return { ok: true, value: isoFromUtc(cell) ?? String(cell) };
  return { ok: true, value: String(cell).trim() };
}
