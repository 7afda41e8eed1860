import type { MeasureKind, Unit } from "../indicator-schema.ts";
import {
  type HistoryFigure,
  MAX_RETURN_ERRORS,
  type RawReturnTable,
  type ReturnColumn,
  type ReturnError,
} from "../month-schema.ts";
import { isPeriod, periodLongLabel } from "../periods.ts";

/**
 * Reads a month's return (or the bulk history) into figures, or says everything wrong with it at
 * once: each problem with the file's row and the column's header, in words a performance officer
 * understands. Which cells an indicator takes follows the engine (`measureValue`): a ratio needs
 * its numerator and denominator; a count or an average needs its value (a count may carry the
 * numerator/denominator it is "of", e.g. unallocated of open cases).
 */

export interface ReturnIndicator {
  id: string;
  title: string;
  unit: Unit;
  measureKind: MeasureKind;
}

export type ReturnContext = ({ mode: "month"; period: string } | { mode: "history" }) & {
  indicators: readonly ReturnIndicator[];
  areas: readonly { slug: string; name: string }[];
};

export interface ReadReturnResult {
  figures: HistoryFigure[];
  errors: ReturnError[];
}

type Cell = string | number | null;

const FIGURE_COLUMNS = ["numerator", "denominator", "value"] as const;

const blank = (cell: Cell | undefined) => cell === null || cell === undefined || String(cell).trim() === "";
const text = (cell: Cell | undefined) => (blank(cell) ? "" : String(cell).trim());

/** A number as a spreadsheet or CSV gives it ("1,234" included), or why it is not one. */
function readNumber(cell: Cell | undefined): { value: number | null } | { problem: string } {
  if (blank(cell)) return { value: null };
  if (typeof cell === "number") {
    return Number.isFinite(cell) ? { value: cell } : { problem: "is not a number" };
  }
  const written = String(cell).trim();
  const plain = /^-?\d{1,3}(,\d{3})+(\.\d+)?$/.test(written) ? written.replaceAll(",", "") : written;
  if (!/^-?(\d+(\.\d*)?|\.\d+)$/.test(plain)) {
    const hint = written.endsWith("%") ? " (give the count, not a percentage)" : "";
    return { problem: `"${written}" is not a number${hint}` };
  }
  return { value: Number(plain) };
}

export function readReturn(table: RawReturnTable, context: ReturnContext): ReadReturnResult {
  const errors: ReturnError[] = [];
  let overflow = false;
  const report = (row: number | null, column: string | null, message: string) => {
    if (errors.length < MAX_RETURN_ERRORS) errors.push({ row, column, message });
    else overflow = true;
  };

  const columnIndex = new Map<string, number>();
  table.header.forEach((name, index) => {
    const key = String(name ?? "")
      .trim()
      .toLowerCase();
    if (key && !columnIndex.has(key)) columnIndex.set(key, index);
  });
  const required: ReturnColumn[] = ["indicator", "area", "numerator", "denominator", "value"];
  if (context.mode === "history") required.push("period");
  const missing = required.filter((column) => !columnIndex.has(column));
  if (missing.length > 0) {
    for (const column of missing) {
      report(
        null,
        column,
        `The file has no "${column}" column: the header row must name it (use the month's template)`,
      );
    }
    return { figures: [], errors };
  }

  const indicatorById = new Map(context.indicators.map((indicator) => [indicator.id, indicator]));
  const areaSlugs = new Set(context.areas.map((area) => area.slug));
  const seen = new Map<string, number>();
  const figures: HistoryFigure[] = [];
  const cellOf = (cells: readonly Cell[], column: ReturnColumn) => {
    const index = columnIndex.get(column);
    return index === undefined ? null : (cells[index] ?? null);
  };

  for (const { row, cells } of table.rows) {
    if (cells.every((cell) => blank(cell))) continue;
    const figureCells = FIGURE_COLUMNS.map((column) => cellOf(cells, column));
    if (figureCells.every((cell) => blank(cell))) continue; // an untouched template row
    const before = errors.length + (overflow ? 1 : 0);

    const indicatorId = text(cellOf(cells, "indicator"));
    const indicator = indicatorById.get(indicatorId);
    if (!indicatorId) report(row, "indicator", "The indicator is missing: give its id, e.g. re-referrals");
    else if (!indicator)
      report(row, "indicator", `"${indicatorId}" is not one of this organisation's indicators`);

    const area = text(cellOf(cells, "area"));
    if (!area) report(row, "area", "The area is missing: give its id, e.g. city");
    else if (!areaSlugs.has(area)) report(row, "area", `"${area}" is not one of this organisation's areas`);

    const writtenPeriod = text(cellOf(cells, "period"));
    let period = context.mode === "month" ? context.period : writtenPeriod;
    if (context.mode === "month") {
      if (writtenPeriod && writtenPeriod !== context.period) {
        report(
          row,
          "period",
          `This row is for ${isPeriod(writtenPeriod) ? periodLongLabel(writtenPeriod) : `"${writtenPeriod}"`}, but the return is for ${periodLongLabel(context.period)}`,
        );
      }
    } else if (!writtenPeriod) {
      report(row, "period", "The month is missing: write it as YYYY-MM, e.g. 2017-12");
      period = "";
    } else if (!isPeriod(writtenPeriod)) {
      report(row, "period", `"${writtenPeriod}" is not a month: write it as YYYY-MM, e.g. 2017-12`);
    }

    const numbers: Partial<Record<(typeof FIGURE_COLUMNS)[number], number | null>> = {};
    FIGURE_COLUMNS.forEach((column, index) => {
      const read = readNumber(figureCells[index]);
      if ("problem" in read) {
        report(row, column, `The ${column} ${read.problem}`);
        numbers[column] = null;
      } else if (read.value !== null && read.value < 0) {
        report(
          row,
          column,
          `The ${column} is negative (${read.value}): figures are counts, days or averages, never below 0`,
        );
        numbers[column] = null;
      } else {
        numbers[column] = read.value;
      }
    });
    const numerator = numbers.numerator ?? null;
    const denominator = numbers.denominator ?? null;
    const value = numbers.value ?? null;

    if (indicator) {
      const given = (column: (typeof FIGURE_COLUMNS)[number]) =>
        !blank(figureCells[FIGURE_COLUMNS.indexOf(column)]);
      if (indicator.measureKind === "ratio") {
        if (given("value") && !given("numerator") && !given("denominator")) {
          report(
            row,
            "value",
            `${indicator.title} is worked out from a numerator and a denominator: give those, not the ${indicator.unit === "percent" ? "percentage" : "value"}`,
          );
        } else if (given("numerator") && !given("denominator")) {
          report(
            row,
            "denominator",
            `The denominator is missing: ${indicator.title} needs both numerator and denominator`,
          );
        } else if (given("denominator") && !given("numerator")) {
          report(
            row,
            "numerator",
            `The numerator is missing: ${indicator.title} needs both numerator and denominator`,
          );
        } else if (
          indicator.unit === "percent" &&
          numerator !== null &&
          denominator !== null &&
          numerator > denominator
        ) {
          report(
            row,
            "numerator",
            `The numerator (${numerator}) is above the denominator (${denominator}): a percentage cannot be over 100%`,
          );
        }
      } else if (indicator.measureKind === "mean") {
        if (!given("value")) {
          report(
            row,
            "value",
            `${indicator.title} takes a value (an average), not a numerator and denominator`,
          );
        }
      } else if (!given("value") && !given("numerator")) {
        report(row, "value", `The value is missing: ${indicator.title} is a count`);
      }
    }

    const breakdown = text(cellOf(cells, "breakdown"));
    const key = `${indicatorId}\u0000${area}\u0000${breakdown}\u0000${period}`;
    const earlier = seen.get(key);
    if (earlier !== undefined) {
      report(
        row,
        "indicator",
        `This row repeats row ${earlier} (same indicator, area${breakdown ? ", breakdown" : ""} and month): keep one`,
      );
    } else {
      seen.set(key, row);
    }

    if (errors.length + (overflow ? 1 : 0) === before) {
      const note = text(cellOf(cells, "note"));
      figures.push({
        indicator: indicatorId,
        area,
        breakdown,
        numerator,
        denominator,
        value,
        note: note || null,
        period,
      });
    }
  }
  if (overflow) {
    errors.push({
      row: null,
      column: null,
      message: `…and more: only the first ${MAX_RETURN_ERRORS} problems are listed`,
    });
  }
  return { figures: errors.length > 0 ? [] : figures, errors };
}
