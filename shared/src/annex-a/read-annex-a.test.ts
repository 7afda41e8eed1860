import { fc, test } from "@fast-check/vitest";
import { describe, expect, it } from "vitest";
import { type AnnexASheet, readAnnexA } from "./read-annex-a.ts";
import type { CellValue } from "./read-annex-a-cells.ts";

const EXTRACT = { extractDate: "2018-04-30" };

const referralHeaders = [
  "Child Unique ID",
  "Gender",
  "Date of Referral",
  "Referral NFA?",
  "Allocated Team",
  "Allocated Worker",
];
const cpHeaders = [
  "Child Unique ID",
  "Child Protection Plan Start Date",
  "Date of the Last Statutory Visit",
  "Child Protection Plan End Date",
  "Allocated Team",
  "Allocated Worker",
];

function sheet(name: string, rows: CellValue[][]): AnnexASheet {
  return { name, rows };
}

describe("readAnnexA", () => {
  it("recognises lists by their headers, whatever the sheet is called and however the headers are written", () => {
    const result = readAnnexA(
      [
        sheet("Sheet1", [
          [
            "CHILD\u00a0UNIQUE ID",
            "Sex",
            "date of referral",
            "Referral NFA",
            "Allocated  Team",
            "Allocated Worker",
          ],
          ["000123", "M", "03/04/2018", "No", "Assessment Team 1", "AW1"],
        ]),
        sheet("List 7", [
          ["Northshire Annex A, List 7"],
          [],
          ["Child Unique ID", "CP Plan Start Date", "Date of the Last Statutory Visit", "CP Plan End Date"],
          ["456", new Date(Date.UTC(2018, 0, 2)), 43200, null],
        ]),
      ],
      EXTRACT,
    );
    expect(result.errors).toEqual([]);
    expect(result.lists.referrals).toEqual([
      {
        source: { sheet: "Sheet1", row: 2 },
        childId: "000123",
        referralDate: "2018-04-03",
        noFurtherAction: false,
        allocatedTeam: "Assessment Team 1",
        allocatedWorker: "AW1",
      },
    ]);
    expect(result.lists.childProtection).toEqual([
      {
        source: { sheet: "List 7", row: 4 },
        childId: "456",
        planStartDate: "2018-01-02",
        planEndDate: null,
        lastStatutoryVisitDate: "2018-04-10",
        allocatedTeam: null,
        allocatedWorker: null,
      },
    ]);
    expect(result.notes).toContain(
      'Sheet "Sheet1": List 3 (Contacts and referrals (referrals)), 1 rows read',
    );
  });

  it("ignores other lists' sheets with a note and warns of a sheet it cannot place", () => {
    const result = readAnnexA(
      [
        sheet("Contacts", [
          ["Child Unique ID", "Date of Contact", "Contact Source"],
          ["1", "01/04/2018", "Police"],
        ]),
        sheet("Notes", [["Prepared by", "the data team"]]),
        sheet("Blank", []),
      ],
      EXTRACT,
    );
    expect(result.errors).toEqual([]);
    expect(result.notes.some((note) => note.includes("List 1 (Contacts)") && note.includes("ignored"))).toBe(
      true,
    );
    expect(result.warnings).toEqual([expect.objectContaining({ kind: "unrecognisedSheet", sheet: "Notes" })]);
    expect(result.notes).toContain('Sheet "Blank" is empty: ignored');
  });

  it("errors on a missing required column, an unreadable required date and a blank child id, naming each place", () => {
    const result = readAnnexA(
      [
        sheet("Referrals", [
          referralHeaders,
          ["1", "F", "31/02/2018", "No", "", ""],
          ["", "F", "01/04/2018", "No", "", ""],
        ]),
        sheet("CP", [
          ["Child Unique ID", "Date of the Last Statutory Visit", "Child Protection Plan End Date"],
          ["2", "", ""],
        ]),
      ],
      EXTRACT,
    );
    expect(result.errors).toEqual([
      expect.objectContaining({
        kind: "unreadableCell",
        sheet: "Referrals",
        row: 2,
        column: "Date of Referral",
      }),
      expect.objectContaining({
        kind: "blankChildId",
        sheet: "Referrals",
        row: 3,
        column: "Child Unique ID",
      }),
      expect.objectContaining({
        kind: "missingColumn",
        sheet: "CP",
        row: 1,
        column: "Child Protection Plan Start Date",
      }),
    ]);
    expect(result.lists.referrals).toEqual([]);
  });

  it("keeps and counts warnings: plan ending before it starts, duplicates, dates after the extract, numeric ids", () => {
    const result = readAnnexA(
      [
        sheet("CP", [
          cpHeaders,
          ["7", "10/03/2018", "", "01/03/2018", "Safeguarding North", "W1"],
          ["8", "10/03/2018", "02/05/2018", "", "Safeguarding North", "W1"],
          ["8", "10/03/2018", "02/05/2018", "", "Safeguarding North", "W1"],
        ]),
        sheet("Referrals", [referralHeaders, [90, "M", "01/04/2018", "maybe", "", ""]]),
      ],
      EXTRACT,
    );
    expect(result.errors).toEqual([]);
    expect(result.warningCounts).toEqual({
      endsBeforeStart: 1,
      afterExtractDate: 2,
      duplicateRow: 1,
      numericChildId: 1,
      unreadableCell: 1,
    });
    expect(result.warnings).toContainEqual(
      expect.objectContaining({
        kind: "endsBeforeStart",
        sheet: "CP",
        row: 2,
        column: "Child Protection Plan End Date",
      }),
    );
    expect(result.warnings).toContainEqual(
      expect.objectContaining({ kind: "duplicateRow", sheet: "CP", row: 4 }),
    );
    expect(result.lists.childProtection).toHaveLength(3);
    expect(result.lists.referrals[0]?.childId).toBe("90");
    expect(result.lists.referrals[0]?.noFurtherAction).toBeNull();
  });

  it("reports a sheet whose headers fit two lists equally as an error", () => {
    const result = readAnnexA(
      [
        sheet("Visits", [
          ["Child Unique ID", "Date of Last Statutory Visit"],
          ["1", "01/04/2018"],
        ]),
      ],
      EXTRACT,
    );
    expect(result.errors).toEqual([
      expect.objectContaining({ kind: "ambiguousSheet", sheet: "Visits", row: 1 }),
    ]);
  });
});

const cell: fc.Arbitrary<CellValue> = fc.oneof(
  fc.constant(null),
  fc.string({ maxLength: 12 }),
  fc.integer({ min: -10, max: 3_000_000 }),
  fc.double(),
  fc.boolean(),
  fc.date({ noInvalidDate: false }),
  fc.constantFrom(
    "03/04/2018",
    "2018-04-03",
    "Yes",
    "000123",
    "Child Unique ID",
    ...cpHeaders,
    ...referralHeaders,
  ),
);
const sheets = fc.array(
  fc.record({
    name: fc.string({ minLength: 1, maxLength: 8 }),
    rows: fc.array(fc.array(cell, { maxLength: 8 }), { maxLength: 14 }),
  }),
  { maxLength: 4 },
);

describe("readAnnexA on arbitrary input", () => {
  test.prop([sheets])(
    "never throws, and every error names its sheet and, for cells, row and column",
    (input) => {
      const result = readAnnexA(input, EXTRACT);
      for (const problem of [...result.errors, ...result.warnings]) {
        expect(input.map((s) => s.name)).toContain(problem.sheet);
        expect(problem.message.length).toBeGreaterThan(0);
        if (problem.kind === "unreadableCell" || problem.kind === "blankChildId") {
          expect(problem.row).toBeGreaterThan(0);
          expect(problem.column).toBeTruthy();
        }
      }
    },
  );
});
