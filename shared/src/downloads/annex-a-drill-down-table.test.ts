import { describe, expect, it } from "vitest";
import type { ComputedFigureResponse } from "../annex-a/annex-a-schema.ts";
import { annexADrillDownTable, drillDownRows } from "./annex-a-drill-down-table.ts";
import { tableToCsv } from "./csv.ts";

const figure = (parts: Partial<ComputedFigureResponse>): ComputedFigureResponse => ({
  indicator: "re-referrals",
  area: "city",
  numerator: 2,
  denominator: 4,
  value: 50,
  source: "computed from Annex A",
  rowsUsed: 4,
  rowsExcluded: 1,
  flags: [],
  notes: [],
  numeratorChildIds: [],
  denominatorChildIds: [],
  exclusions: [],
  ...parts,
});

describe("drillDownRows", () => {
  it("lists the numerator, then the rest of the denominator, then the excluded rows with their place and reason", () => {
    const rows = drillDownRows(
      figure({
        numeratorChildIds: ["0004127", "5000001"],
        denominatorChildIds: ["0004127", "1000", "5000001", "7"],
        exclusions: [{ sheet: "List 3", row: 9, childId: "42", reason: "referral_after_extract" }],
      }),
    );
    expect(rows).toEqual([
      { list: "numerator", childId: "0004127", sheet: null, row: null, reason: null },
      { list: "numerator", childId: "5000001", sheet: null, row: null, reason: null },
      { list: "denominator only", childId: "1000", sheet: null, row: null, reason: null },
      { list: "denominator only", childId: "7", sheet: null, row: null, reason: null },
      { list: "excluded", childId: "42", sheet: "List 3", row: 9, reason: "referral_after_extract" },
    ]);
  });

  it("keeps a child counted twice twice: once in the numerator, once in the denominator only", () => {
    const rows = drillDownRows(figure({ numeratorChildIds: ["8"], denominatorChildIds: ["8", "8", "9"] }));
    expect(rows.map(({ list, childId }) => `${list} ${childId}`)).toEqual([
      "numerator 8",
      "denominator only 8",
      "denominator only 9",
    ]);
  });
});

describe("annexADrillDownTable as CSV", () => {
  it("writes one record per row, child ids as text (leading zeros kept, formulas neutralised)", () => {
    const drillDown = {
      period: "2018-04",
      import: {
        id: 3,
        fileName: "northshire.xlsx",
        fileSha256: "ab".repeat(32),
        extractDate: "2018-04-30",
        rowsRead: 10,
        rowsExcluded: 0,
        exclusionsByReason: {},
        warningsByKind: {},
        figures: 1,
        childRowsKept: true,
        childRowsKeptUntil: "2018-05-30T00:00:00.000Z",
        importedBy: "editor@example.org",
        importedAt: "2018-04-30T00:00:00.000Z",
      },
      figure: figure({ numeratorChildIds: ["0004127"], denominatorChildIds: ["0004127", "=1+1"] }),
    };
    expect(tableToCsv(annexADrillDownTable(drillDown, "northshire"))).toBe(
      "\uFEFFList,Child id,Sheet,Row,Reason\r\nnumerator,0004127,,,\r\ndenominator only,'=1+1,,,\r\n",
    );
  });
});
