/** How a column's cells are typed in a download: numbers stay numbers, months become dates. */
export type ColumnKind = "text" | "number" | "percent" | "integer" | "date-month" | "date";

export type Cell = string | number | null;

export type DownloadColumn<Row> = {
  header: string;
  kind: ColumnKind;
  /** Decimal places for number and percent cells (percent values are 0–100, as in the API). */
  decimals?: number;
  /** Per-row decimals, e.g. the indicator's own, when they differ down the column. */
  rowDecimals?: (row: Row) => number;
  /** Per-row kind, e.g. percent for an indicator measured in percent, number otherwise. */
  rowKind?: (row: Row) => ColumnKind;
  value: (row: Row) => Cell;
};

/** What the spreadsheet should know about the data: definitions, sources, vintage, illustrative. */
export type AboutLine = { label: string; text: string };

export type DownloadTable<Row> = {
  title: string;
  columns: DownloadColumn<Row>[];
  rows: Row[];
  about: AboutLine[];
};

const FORMULA_TRIGGERS = ["=", "+", "-", "@", "\t", "\r"];

/**
 * A text cell a spreadsheet could read as a formula gets a leading apostrophe. Applied to every text
 * cell in CSV and XLSX alike (an XLSX string re-saved as CSV is dangerous again); number cells are
 * written as numbers and never neutralised, so a genuine -3.5 stays a number.
 */
export function neutraliseFormula(text: string): string {
  return FORMULA_TRIGGERS.some((trigger) => text.startsWith(trigger)) ? `'${text}` : text;
}

/** The cells of one row as written: text neutralised, numbers untouched, null empty. */
export function typedCells<Row>(table: DownloadTable<Row>, row: Row): Cell[] {
  return table.columns.map((column) => {
    const cell = column.value(row);
    if (cell === null) return null;
    return typeof cell === "string" ? neutraliseFormula(cell) : cell;
  });
}
