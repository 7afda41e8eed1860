/** The synthetic extract as councils send it: one sheet per list, plus a List 1 sheet the reader must skip. */
import type { AnnexALists } from "@scorecard/shared/annex-a/annex-a-rows";
import ExcelJS from "exceljs";
import {
  CONTACTS_SHEET,
  EXPORT_LAYOUT,
  type ExportCell,
  LIST_ORDER,
  SHEET_NAMES,
} from "./annex-a-export-layout.ts";
import { addDays, toUtcDate } from "./synthetic-dates.ts";

/** Rows of export cells per sheet, in workbook order; shared by the xlsx and CSV writers. */
export function exportSheets(lists: AnnexALists): { name: string; rows: ExportCell[][] }[] {
  const sheets = LIST_ORDER.map((name) => {
    const columns = EXPORT_LAYOUT[name] as {
      header: string;
      value: (row: unknown, index: number) => ExportCell;
    }[];
    const rows: ExportCell[][] = [columns.map((column) => column.header)];
    lists[name].forEach((row, index) => {
      rows.push(columns.map((column) => column.value(row, index)));
    });
    return { name: SHEET_NAMES[name], rows };
  });
  const contacts: ExportCell[][] = [CONTACTS_SHEET.headers];
  for (const referral of lists.referrals.slice(0, 40)) {
    contacts.push([referral.childId, "Female", { date: addDays(referral.referralDate, -1) }, "Police"]);
  }
  return [{ name: CONTACTS_SHEET.name, rows: contacts }, ...sheets];
}

export async function writeAnnexAXlsx(lists: AnnexALists): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  // Fixed metadata, so the same extract writes the same workbook properties.
  workbook.creator = "Scorecard synthetic Annex A generator";
  workbook.created = toUtcDate(lists.extractDate);
  workbook.modified = toUtcDate(lists.extractDate);
  for (const sheet of exportSheets(lists)) {
    const worksheet = workbook.addWorksheet(sheet.name);
    for (const row of sheet.rows) {
      const added = worksheet.addRow(
        row.map((cell) => (cell !== null && typeof cell === "object" ? toUtcDate(cell.date) : cell)),
      );
      row.forEach((cell, index) => {
        if (cell !== null && typeof cell === "object") added.getCell(index + 1).numFmt = "dd/mm/yyyy";
      });
    }
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
