import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { parseReturnFile, readXlsxStreaming, readXlsxWhole } from "./parse-return-file.ts";
import { hasMergedCells } from "./xlsx-merged-cells.ts";

const HEADER = ["indicator", "area", "breakdown", "numerator", "denominator", "value", "period", "note"];

async function workbookOf(build: (workbook: ExcelJS.Workbook) => void) {
  const workbook = new ExcelJS.Workbook();
  build(workbook);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/** A return as people fill one in: every kind of cell Excel can hold, gaps, and a help sheet after it. */
const awkwardReturn = (workbook: ExcelJS.Workbook) => {
  const sheet = workbook.addWorksheet("Return", { views: [{ state: "frozen", ySplit: 1 }] });
  sheet.addRow(HEADER);
  sheet.addRow(["re-referrals", "ladywood", "", 12, 100, null, "2018-04", "fine"]);
  sheet.addRow([
    "re-referrals",
    "perry-barr",
    "team-1",
    12.5,
    100,
    null,
    new Date(Date.UTC(2018, 3, 1)),
    null,
  ]);
  sheet.getCell("G3").numFmt = "mmm yyyy";
  sheet.addRow(["caseload", "ladywood", "", null, null, { formula: "10+5", result: 15 }, "2018-04"]);
  sheet.addRow([]);
  sheet.addRow([
    "cp-plans",
    { richText: [{ text: "lady" }, { font: { bold: true }, text: "wood" }] },
    "",
    true,
    false,
  ]);
  sheet.addRow([
    "cp-plans",
    { text: "erdington", hyperlink: "https://example.org" },
    "",
    { error: "#N/A" },
    "100",
  ]);
  sheet.getRow(10).getCell(3).value = "far below, after empty rows";
  sheet.getRow(11).getCell(12).value = "wide";
  sheet.getColumn(4).numFmt = "#,##0.###";
  const help = workbook.addWorksheet("How to fill this in");
  help.addRow(["Fill in the numerator and denominator"]);
};

describe("reading an XLSX return", () => {
  it("reads a workbook row by row exactly as loading it whole does", async () => {
    const body = await workbookOf(awkwardReturn);
    const streamed = await readXlsxStreaming(body);
    expect(streamed).not.toBeNull();
    expect(streamed).toEqual(await readXlsxWhole(body));
    expect(streamed?.rows[1]?.cells[6]).toBe("2018-04");
    expect(streamed?.rows[4]?.cells[1]).toBe("ladywood");
  });

  it("reads a large plain return alike both ways", async () => {
    const body = await workbookOf((workbook) => {
      const sheet = workbook.addWorksheet("Past months");
      sheet.addRow(HEADER);
      for (let index = 0; index < 2000; index++)
        sheet.addRow(["re-referrals", "ladywood", `team-${index % 20}`, index, 5000, "", "2018-04", ""]);
    });
    expect(await readXlsxStreaming(body)).toEqual(await readXlsxWhole(body));
  });

  it("reads a workbook with merged cells whole, so a merged cell's value is in every row it covers", async () => {
    const body = await workbookOf((workbook) => {
      const sheet = workbook.addWorksheet("Return");
      sheet.addRow(HEADER);
      sheet.addRow(["re-referrals", "ladywood", "", 1, 10]);
      sheet.addRow([null, "perry-barr", "", 2, 10]);
      sheet.mergeCells("A2:A3");
    });
    expect(hasMergedCells(body)).toBe(true);
    const table = await parseReturnFile(body);
    expect(table.rows.map((row) => row.cells[0])).toEqual(["re-referrals", "re-referrals"]);
    expect(hasMergedCells(await workbookOf(awkwardReturn))).toBe(false);
  });

  it("reads an empty workbook's sheet, and refuses a workbook with no sheet or a broken one", async () => {
    const empty = await workbookOf((workbook) => workbook.addWorksheet("Return"));
    expect(await parseReturnFile(empty)).toEqual(await readXlsxWhole(empty));
    await expect(parseReturnFile(await workbookOf(() => {}))).rejects.toThrow(/no worksheet/);
    const broken = Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04]), Buffer.alloc(200, 7)]);
    await expect(parseReturnFile(broken)).rejects.toThrow(/not a CSV file or an Excel workbook/);
  });
});
