import type { AreaTable } from "@scorecard/shared/area-import";
import { parse } from "csv-parse/sync";
import { RowErrorsError } from "../errors.ts";

/** An areas file is small: a council has a few hundred areas at most (the route answers 413 above this). */
export const MAX_AREA_FILE_BYTES = 1024 * 1024;

const problem = (row: number | null, message: string) =>
  new RowErrorsError(message, [{ row, column: null, message }]);

/** Reads an areas CSV (slug, name, kind, parent) into its header and rows, each with the file's row number. */
export function readAreaCsv(body: Buffer): AreaTable {
  if (body.includes(0))
    throw problem(null, "The file is not a CSV file: save the areas as CSV and upload it again");
  let records: string[][];
  try {
    records = parse(body, { bom: true, relax_column_count: true, skip_empty_lines: false });
  } catch (error) {
    const line = (error as { lines?: number }).lines ?? null;
    throw problem(line, `The CSV file is malformed: ${(error as Error).message}`);
  }
  const [header = [], ...rows] = records;
  return { header, rows: rows.map((cells, index) => ({ row: index + 2, cells })) };
}
