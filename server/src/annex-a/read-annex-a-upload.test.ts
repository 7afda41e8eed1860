import { generateAnnexA } from "@scorecard/seed/annex-a/generate-annex-a";
import { writeAnnexACsvZip } from "@scorecard/seed/annex-a/write-annex-a-csv-zip";
import { writeAnnexAXlsx } from "@scorecard/seed/annex-a/write-annex-a-xlsx";
import { readAnnexA } from "@scorecard/shared/annex-a/read-annex-a";
import ExcelJS from "exceljs";
import { strToU8, zipSync } from "fflate";
import { describe, expect, it } from "vitest";
import { readAnnexAUpload } from "./read-annex-a-upload.ts";

const lists = generateAnnexA({ period: "2018-04", referredChildren: 600 });
const options = { extractDate: lists.extractDate };

async function workbookOf(build: (workbook: ExcelJS.Workbook) => void): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  build(workbook);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

describe("readAnnexAUpload", () => {
  it("reads the synthetic authority's workbook back to the generated model", async () => {
    const sheets = await readAnnexAUpload(await writeAnnexAXlsx(lists));
    const result = readAnnexA(sheets, options);
    expect(result.errors).toEqual([]);
    expect(result.lists).toEqual(lists);
    expect(result.warningCounts).toEqual({ duplicateRow: 1, endsBeforeStart: 1 });
  });

  it("reads the same extract as a zip of CSVs back to the same model", async () => {
    const sheets = await readAnnexAUpload(writeAnnexACsvZip(lists));
    expect(sheets.map((sheet) => sheet.name)).toContain("L7");
    const result = readAnnexA(sheets, options);
    expect(result.errors).toEqual([]);
    expect(result.lists).toEqual(lists);
  });

  it("flattens formulas, rich text and hyperlinks, and keeps numbers and Excel dates as such", async () => {
    const body = await workbookOf((workbook) => {
      const sheet = workbook.addWorksheet("Referrals");
      sheet.addRow([
        { richText: [{ text: "Child " }, { text: "Unique ID" }] },
        "Date of Referral",
        "Allocated Team",
      ]);
      sheet.addRow([
        42,
        new Date(Date.UTC(2018, 3, 3)),
        { text: "Assessment Team 1", hyperlink: "https://example.org/team" },
      ]);
      sheet.addRow([{ formula: "40+3", result: 43 }, 43193, "Assessment Team 2"]);
    });
    const [sheet] = await readAnnexAUpload(body);
    expect(sheet?.rows).toEqual([
      ["Child Unique ID", "Date of Referral", "Allocated Team"],
      [42, new Date(Date.UTC(2018, 3, 3)), "Assessment Team 1"],
      [43, 43193, "Assessment Team 2"],
    ]);
    const result = readAnnexA(sheet ? [sheet] : [], options);
    expect(result.lists.referrals.map((row) => [row.childId, row.referralDate])).toEqual([
      ["42", "2018-04-03"],
      ["43", "2018-04-03"],
    ]);
    expect(result.warningCounts.numericChildId).toBe(2);
  });

  it("reads CSVs written in Windows-1252 and ignores macOS's resource folders", async () => {
    const latin1 = Buffer.from(
      "Child Unique ID,Date of Referral,Allocated Team\r\n1,03/04/2018,\xc9quipe Nord\r\n",
      "latin1",
    );
    const body = Buffer.from(
      zipSync({ "lists/Refs.csv": latin1, "__MACOSX/lists/._Refs.csv": strToU8("junk") }),
    );
    const sheets = await readAnnexAUpload(body);
    expect(sheets).toEqual([
      {
        name: "Refs",
        rows: [
          ["Child Unique ID", "Date of Referral", "Allocated Team"],
          ["1", "03/04/2018", "\u00c9quipe Nord"],
        ],
      },
    ]);
  });

  it("refuses a file that is not a workbook or zip, a damaged workbook, and a zip without CSVs, with 422", async () => {
    const workbook = await writeAnnexAXlsx(lists);
    await expect(readAnnexAUpload(Buffer.from("Child Unique ID,Date of Referral\n"))).rejects.toMatchObject({
      statusCode: 422,
      message: expect.stringMatching(/neither an Excel workbook/),
    });
    await expect(readAnnexAUpload(workbook.subarray(0, workbook.length / 2))).rejects.toMatchObject({
      statusCode: 422,
    });
    await expect(
      readAnnexAUpload(Buffer.from(zipSync({ "notes.txt": strToU8("hello") }))),
    ).rejects.toMatchObject({
      statusCode: 422,
      message: expect.stringMatching(/no \.csv file/),
    });
    const badCsv = Buffer.from(zipSync({ "Refs.csv": strToU8('Child Unique ID,Date\n"1,03/04/2018\n') }));
    await expect(readAnnexAUpload(badCsv)).rejects.toMatchObject({
      statusCode: 422,
      message: expect.stringMatching(/Refs\.csv" is malformed/),
    });
  });

  it("refuses an upload over the size limit, or one that would unpack beyond it, with 413", async () => {
    const zeros = Buffer.from(zipSync({ "Refs.csv": new Uint8Array(2_000_000) }, { level: 9 }));
    expect(zeros.length).toBeLessThan(100_000);
    await expect(
      readAnnexAUpload(zeros, { maxUploadBytes: 1_000_000, maxInflatedBytes: 1_000_000 }),
    ).rejects.toMatchObject({ statusCode: 413, message: expect.stringMatching(/unpacked/) });
    await expect(
      readAnnexAUpload(zeros, { maxUploadBytes: 1_000, maxInflatedBytes: 10_000_000 }),
    ).rejects.toMatchObject({ statusCode: 413 });
  });
});
