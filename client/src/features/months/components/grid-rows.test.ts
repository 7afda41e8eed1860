import type { Indicator } from "@scorecard/shared/api-schema";
import type { MonthFigure } from "@scorecard/shared/month-schema";
import { describe, expect, it } from "vitest";
import { figuresFromGrid, gridRows } from "./grid-rows.ts";

const indicator = (id: string, measureKind: Indicator["measureKind"]) => ({ id, measureKind }) as Indicator;
const indicators = [indicator("re-referrals", "ratio"), indicator("cp-plans", "snapshot_count")];
const figure = (overrides: Partial<MonthFigure>): MonthFigure => ({
  indicator: "re-referrals",
  area: "city",
  breakdown: "",
  numerator: null,
  denominator: null,
  value: null,
  note: null,
  ...overrides,
});

describe("the grid's rows", () => {
  it("has every draft figure and every line last month had, in catalogue order, with last month beside", () => {
    const rows = gridRows(
      [figure({ indicator: "cp-plans", value: 800, note: "checked" })],
      [figure({ numerator: 20, denominator: 100 }), figure({ indicator: "cp-plans", value: 790 })],
      indicators,
    );
    expect(
      rows.map((row) => [
        row.indicator,
        row.asks,
        row.cells,
        row.lastMonth?.value ?? row.lastMonth?.numerator,
      ]),
    ).toEqual([
      ["re-referrals", "fraction", { numerator: "", denominator: "", value: "" }, 20],
      ["cp-plans", "value", { numerator: "", denominator: "", value: "800" }, 790],
    ]);
    expect(rows[1]?.note).toBe("checked");
  });

  it("saves only the lines typed into, keeps their grid line and notes, and refuses cells that are not numbers", () => {
    const rows = gridRows(
      [],
      [figure({}), figure({ indicator: "cp-plans" }), figure({ area: "east" })],
      indicators,
    );
    const typed = rows.map((row, index) =>
      index === 0
        ? { ...row, cells: { numerator: "1,200", denominator: "5000", value: "" } }
        : index === 2
          ? { ...row, cells: { numerator: "", denominator: "", value: "12" } }
          : row,
    );
    const { figures, lineOf, problems } = figuresFromGrid(typed);
    expect(problems).toEqual([]);
    expect(lineOf).toEqual([1, 3]);
    expect(
      figures.map((entry) => [entry.indicator, entry.area, entry.numerator, entry.denominator, entry.value]),
    ).toEqual([
      ["re-referrals", "city", 1200, 5000, null],
      ["cp-plans", "city", null, null, 12],
    ]);

    const [first] = typed;
    if (!first) throw new Error("the grid has no first line");
    const wrong = figuresFromGrid([{ ...first, cells: { numerator: "ten", denominator: "5", value: "" } }]);
    expect(wrong.figures).toEqual([]);
    expect(wrong.problems).toEqual([{ row: 1, column: "numerator", message: "“ten” is not a number" }]);
  });
});
