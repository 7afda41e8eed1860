import { isSuppressionCode } from "@scorecard/shared/suppression-codes";
import { readCsvRecords } from "./csv-records.ts";
import { EesFormatError } from "./ees-format-error.ts";

/**
 * Reading DfE's Explore Education Statistics (EES) "tidy" CSV files: one row per time period, geography and
 * filter combination, the standard geography columns first (in any order) and then filters and measures.
 *
 * Everything is validated up front so that a malformed or changed file stops the dataset build with the
 * file, line and column named, instead of silently producing wrong benchmarks.
 */

export type GeographicLevel = "national" | "regional" | "local_authority";

/** EES's `geographic_level` labels for the levels this product reads. */
const GEOGRAPHIC_LEVELS: ReadonlyMap<string, GeographicLevel> = new Map([
  ["National", "national"],
  ["Regional", "regional"],
  ["Local authority", "local_authority"],
]);

/** The EES standard columns every tidy file must have (in any order). */
export const REQUIRED_TIDY_COLUMNS = [
  "time_period",
  "time_identifier",
  "geographic_level",
  "country_code",
  "country_name",
  "region_code",
  "region_name",
  "old_la_code",
  "new_la_code",
  "la_name",
] as const;

const STANDARD_COLUMNS: ReadonlySet<string> = new Set(REQUIRED_TIDY_COLUMNS);

export interface TidyRow {
  /** The reporting year: 2025 for the year ending 31 March 2025 (or the ending year of "202425"). */
  year: number;
  /** As written, e.g. "Reporting year". */
  timeIdentifier: string;
  level: GeographicLevel;
  countryCode: string;
  /** null on national rows. */
  regionCode: string | null;
  regionName: string | null;
  /** DfE's three-digit LA number ("330"); null on national and regional rows. */
  oldLaCode: string | null;
  /** The ONS code ("E08000025"); null on national and regional rows. */
  newLaCode: string | null;
  laName: string | null;
  /** The row's line in the file (header = 1). */
  line: number;
  /** Every other column (filters such as `category` and the measures), trimmed, still as text. */
  measures: Record<string, string>;
}

/**
 * Parses an EES tidy CSV file into typed rows. Throws `EesFormatError` for a missing or repeated standard
 * column, a row with the wrong number of fields, a `time_period` that is not a year, an unknown
 * `geographic_level`, or a regional / LA row without its region / LA code.
 */
export function parseTidyCsv(text: string, fileName: string): TidyRow[] {
  const records = readCsvRecords(text, fileName);
  const header = records[0];
  if (header === undefined) throw new EesFormatError(fileName, 1, null, "the file is empty");

  const columns = header.fields.map((name) => name.trim());
  const columnIndex = new Map<string, number>();
  columns.forEach((name, index) => {
    if (columnIndex.has(name)) {
      throw new EesFormatError(fileName, header.line, name, "the column appears twice");
    }
    columnIndex.set(name, index);
  });
  for (const required of REQUIRED_TIDY_COLUMNS) {
    if (!columnIndex.has(required)) {
      throw new EesFormatError(fileName, header.line, required, "required column is missing");
    }
  }
  const measureColumns = columns.filter((name) => !STANDARD_COLUMNS.has(name));

  return records.slice(1).map((record) => {
    if (record.fields.length !== columns.length) {
      throw new EesFormatError(
        fileName,
        record.line,
        null,
        `expected ${columns.length} fields as in the header, found ${record.fields.length}`,
      );
    }
    const cell = (column: string): string => (record.fields[columnIndex.get(column) ?? -1] ?? "").trim();
    const optional = (column: string): string | null => {
      const value = cell(column);
      return value === "" ? null : value;
    };

    const rawYear = cell("time_period");
    const year = parseTimePeriod(rawYear);
    if (year === null) {
      throw new EesFormatError(fileName, record.line, "time_period", `"${rawYear}" is not a year`);
    }
    const rawLevel = cell("geographic_level");
    const level = GEOGRAPHIC_LEVELS.get(rawLevel);
    if (level === undefined) {
      throw new EesFormatError(
        fileName,
        record.line,
        "geographic_level",
        `"${rawLevel}" is not a known geographic level (${[...GEOGRAPHIC_LEVELS.keys()].join(", ")})`,
      );
    }
    const row: TidyRow = {
      year,
      timeIdentifier: cell("time_identifier"),
      level,
      countryCode: cell("country_code"),
      regionCode: optional("region_code"),
      regionName: optional("region_name"),
      oldLaCode: optional("old_la_code"),
      newLaCode: optional("new_la_code"),
      laName: optional("la_name"),
      line: record.line,
      measures: Object.fromEntries(measureColumns.map((column) => [column, cell(column)])),
    };
    if (level === "regional" && row.regionCode === null) {
      throw new EesFormatError(fileName, record.line, "region_code", "a Regional row has no region code");
    }
    if (level === "local_authority" && row.oldLaCode === null) {
      throw new EesFormatError(fileName, record.line, "old_la_code", "a Local authority row has no LA code");
    }
    return row;
  });
}

/**
 * A `time_period` as a reporting year. Four digits are the year itself. EES writes academic and financial
 * years as six digits ("202425" for 2024/25); those map to the ending year (2025) so that they line up
 * with the "year ending 31 March" years of the children's social care files. Anything else is null.
 */
export function parseTimePeriod(raw: string): number | null {
  if (/^\d{4}$/.test(raw)) return Number(raw);
  const span = /^(\d{4})(\d{2})$/.exec(raw);
  if (span === null) return null;
  const startYear = Number(span[1]);
  const endTwoDigits = Number(span[2]);
  // "202425" is a span of consecutive years; "202499" is not a year at all.
  if ((startYear + 1) % 100 !== endTwoDigits) return null;
  return startYear + 1;
}

export interface ParsedMeasure {
  value: number | null;
  /** The suppression code (lower case) when `value` is null. */
  suppression: string | null;
}

/** Thrown by `parseMeasure` for text that is neither a number nor a known code; callers add the location. */
export class InvalidMeasureValueError extends Error {
  override readonly name = "InvalidMeasureValueError";
}

const PLAIN_NUMBER = /^-?\d+(\.\d+)?$/;
// The files have no thousands separators today; accept them only in well-formed groups of three.
const GROUPED_NUMBER = /^-?\d{1,3}(,\d{3})+(\.\d+)?$/;

/**
 * One measure cell: a number (negative, decimal or "1,234" allowed) or a known suppression code, which
 * becomes a null value that keeps its code. Anything else throws `InvalidMeasureValueError`, so a new code
 * or a broken number is looked at by a person instead of being read as 0 or NaN.
 */
export function parseMeasure(raw: string): ParsedMeasure {
  const text = raw.trim();
  if (PLAIN_NUMBER.test(text)) return { value: Number(text), suppression: null };
  if (GROUPED_NUMBER.test(text)) return { value: Number(text.replaceAll(",", "")), suppression: null };
  const code = text.toLowerCase();
  if (isSuppressionCode(code)) return { value: null, suppression: code };
  throw new InvalidMeasureValueError(
    text === "" ? "the value is empty" : `"${text}" is neither a number nor a known suppression code`,
  );
}

/** `parseMeasure` on one column of a row, with errors naming the file, line and column. */
export function readMeasure(row: TidyRow, column: string, fileName: string): ParsedMeasure {
  const raw = row.measures[column];
  if (raw === undefined) {
    throw new EesFormatError(fileName, row.line, column, "the column is not in the file");
  }
  try {
    return parseMeasure(raw);
  } catch (error) {
    if (error instanceof InvalidMeasureValueError) {
      throw new EesFormatError(fileName, row.line, column, error.message);
    }
    throw error;
  }
}
