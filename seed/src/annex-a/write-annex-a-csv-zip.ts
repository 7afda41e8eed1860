/** The synthetic extract as a zip of CSV files (one per list), as some systems export it. */
import type { AnnexALists } from "@scorecard/shared/annex-a/annex-a-rows";
import { strToU8, zipSync } from "fflate";
import type { ExportCell } from "./annex-a-export-layout.ts";
import { toDayFirst } from "./synthetic-dates.ts";
import { exportSheets } from "./write-annex-a-xlsx.ts";

/** RFC 4180 quoting: a field with a comma, quote or line break is quoted, its quotes doubled. */
function csvField(cell: ExportCell): string {
  if (cell === null) return "";
  const text = typeof cell === "object" ? toDayFirst(cell.date) : String(cell);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function writeAnnexACsvZip(lists: AnnexALists): Buffer {
  const files: Record<string, [Uint8Array, { mtime: Date }]> = {};
  // A fixed time inside the zip keeps the same extract byte-identical.
  const mtime = new Date(Date.UTC(2000, 0, 1));
  for (const sheet of exportSheets(lists)) {
    const text = `${sheet.rows.map((row) => row.map(csvField).join(",")).join("\r\n")}\r\n`;
    files[`${sheet.name}.csv`] = [strToU8(text), { mtime }];
  }
  return Buffer.from(zipSync(files));
}
