import type { Indicator } from "@scorecard/shared/api-schema";
import type { MonthFigure, ReturnFigure } from "@scorecard/shared/month-schema";

/** One line of the grid: an indicator × area × breakdown, its cells as typed, and last month's figure. */
export interface GridRow {
  key: string;
  indicator: string;
  area: string;
  breakdown: string;
  /** Numerator and denominator for ratios; a value for counts, days and averages. */
  asks: "fraction" | "value";
  cells: { numerator: string; denominator: string; value: string };
  lastMonth: MonthFigure | null;
  /** The draft figure's note, kept when the grid is saved. */
  note: string | null;
}

export const gridKey = (figure: { indicator: string; area: string; breakdown: string }) =>
  `${figure.indicator}\u0000${figure.area}\u0000${figure.breakdown}`;

const cellText = (value: number | null | undefined) =>
  value === null || value === undefined ? "" : String(value);

/**
 * The grid's rows: every figure of the draft and every line last month had, in catalogue order,
 * so a new month starts with last month's lines to fill.
 */
export function gridRows(
  figures: readonly MonthFigure[],
  previous: readonly MonthFigure[],
  indicators: readonly Indicator[],
): GridRow[] {
  const indicatorOrder = new Map(indicators.map((indicator, index) => [indicator.id, index]));
  const asks = new Map(
    indicators.map(
      (indicator) => [indicator.id, indicator.measureKind === "ratio" ? "fraction" : "value"] as const,
    ),
  );
  const lastMonth = new Map(previous.map((figure) => [gridKey(figure), figure]));
  const rows = new Map<string, GridRow>();
  for (const figure of [...figures, ...previous]) {
    const key = gridKey(figure);
    if (rows.has(key)) continue;
    const isDraft = figures.includes(figure);
    rows.set(key, {
      key,
      indicator: figure.indicator,
      area: figure.area,
      breakdown: figure.breakdown,
      asks: asks.get(figure.indicator) ?? "value",
      cells: {
        numerator: isDraft ? cellText(figure.numerator) : "",
        denominator: isDraft ? cellText(figure.denominator) : "",
        value: isDraft ? cellText(figure.value) : "",
      },
      lastMonth: lastMonth.get(key) ?? null,
      note: isDraft ? figure.note : null,
    });
  }
  return [...rows.values()].sort(
    (a, b) =>
      (indicatorOrder.get(a.indicator) ?? Number.MAX_SAFE_INTEGER) -
        (indicatorOrder.get(b.indicator) ?? Number.MAX_SAFE_INTEGER) ||
      a.area.localeCompare(b.area) ||
      a.breakdown.localeCompare(b.breakdown),
  );
}

export interface GridProblem {
  /** The grid's own line number (1 = first line shown). */
  row: number;
  column: string;
  message: string;
}

const readCell = (text: string): number | null | "not a number" => {
  const trimmed = text.trim().replace(/,/g, "");
  if (trimmed === "") return null;
  const number = Number(trimmed);
  return Number.isFinite(number) ? number : "not a number";
};

/**
 * The figures to save: the lines with anything typed in, each with the grid line it came from so
 * the server's row numbers can be shown against the grid. Cells that are not numbers are problems here.
 */
export function figuresFromGrid(rows: readonly GridRow[]): {
  figures: ReturnFigure[];
  lineOf: number[];
  problems: GridProblem[];
} {
  const figures: ReturnFigure[] = [];
  const lineOf: number[] = [];
  const problems: GridProblem[] = [];
  rows.forEach((row, index) => {
    const line = index + 1;
    const read = {
      numerator: readCell(row.cells.numerator),
      denominator: readCell(row.cells.denominator),
      value: readCell(row.cells.value),
    };
    if (read.numerator === null && read.denominator === null && read.value === null) return;
    let bad = false;
    for (const column of ["numerator", "denominator", "value"] as const) {
      if (read[column] === "not a number") {
        problems.push({ row: line, column, message: `“${row.cells[column]}” is not a number` });
        bad = true;
      }
    }
    if (bad) return;
    const number = (value: number | null | "not a number") => (typeof value === "number" ? value : null);
    figures.push({
      indicator: row.indicator,
      area: row.area,
      breakdown: row.breakdown,
      numerator: number(read.numerator),
      denominator: number(read.denominator),
      value: number(read.value),
      note: row.note,
    });
    lineOf.push(line);
  });
  return { figures, lineOf, problems };
}
