import { CsvError, parse } from "csv-parse/sync";
import { EesFormatError } from "./ees-format-error.ts";

/** One CSV record with the physical line it starts on (quoted fields may span lines). */
export interface CsvRecord {
  fields: string[];
  line: number;
}

/**
 * Splits CSV text into records with csv-parse (RFC 4180: quoted fields may hold commas, doubled quotes and
 * line breaks). Accepts LF, CRLF or CR line endings, even mixed, and a leading UTF-8 BOM. Empty lines are
 * skipped (EES files end with one; a data row is never empty). Records may have any number of fields: the
 * callers check that against the header with their own message. A stray quote is an error, not text.
 *
 * Line numbers are counted here rather than taken from csv-parse, whose count treats a CRLF inside a
 * quoted field as two lines: a record's line is the one it starts on, and every line break (CRLF, LF or
 * CR) inside its quoted fields moves the next record down by one.
 */
export function readCsvRecords(
  text: string,
  fileName: string,
  options: { maxRecords?: number } = {},
): CsvRecord[] {
  const records: CsvRecord[] = [];
  let nextLine = 1;
  let emptyLinesSeen = 0;
  let header: string[] | undefined;
  try {
    parse(text, {
      bom: true,
      record_delimiter: ["\r\n", "\n", "\r"],
      relax_column_count: true,
      skip_empty_lines: true,
      ...(options.maxRecords === undefined ? {} : { to: options.maxRecords }),
      on_record: (fields: string[], context) => {
        const line = nextLine + context.empty_lines - emptyLinesSeen;
        emptyLinesSeen = context.empty_lines;
        nextLine = line + 1 + fields.reduce((breaks, field) => breaks + countLineBreaks(field), 0);
        header ??= fields.map((name) => name.trim());
        records.push({ fields, line });
        // Kept in `records`; csv-parse need not collect them too.
        return null;
      },
    });
  } catch (error) {
    if (!(error instanceof CsvError)) throw error;
    const emptyLines = typeof error.empty_lines === "number" ? error.empty_lines : emptyLinesSeen;
    const fieldIndex = typeof error.column === "number" ? error.column : null;
    const column = header === undefined || fieldIndex === null ? null : (header[fieldIndex] ?? null);
    throw new EesFormatError(fileName, nextLine + emptyLines - emptyLinesSeen, column, problemOf(error));
  }
  return records;
}

/** The first record's fields, trimmed; csv-parse stops there, so nothing after the header is read. */
export function readCsvHeader(text: string, fileName: string): string[] | null {
  const [header] = readCsvRecords(text, fileName, { maxRecords: 1 });
  return header === undefined ? null : header.fields.map((name) => name.trim());
}

function countLineBreaks(field: string): number {
  return field.match(/\r\n|\r|\n/g)?.length ?? 0;
}

/** csv-parse's error in the words of our other messages (its own text gives its own line count). */
function problemOf(error: CsvError): string {
  switch (error.code) {
    case "CSV_QUOTE_NOT_CLOSED":
      return "a quoted field is never closed";
    case "CSV_INVALID_CLOSING_QUOTE":
      return "a closing quote is followed by text instead of a comma or the end of the line";
    case "INVALID_OPENING_QUOTE":
      return 'a quote inside an unquoted field (quote the whole field and double the quote: "a ""b""")';
    default:
      return error.message;
  }
}
