import {
  type ColumnKind,
  type DownloadColumn,
  type DownloadTable,
  typedCells,
} from "@scorecard/shared/downloads/table";
import ExcelJS from "exceljs";

const numberFormat = (decimals: number) => (decimals > 0 ? `0.${"0".repeat(decimals)}` : "0");
/** As the pages show them: one decimal more than the papers print, so 21.7% is not read as a rounded 22%. */
const percentFormat = (decimals: number) => `0.${"0".repeat(Math.max(decimals, 1))}%`;

/** "2017-12" → 1 December 2017 (UTC), so Excel holds a real date. */
const monthDate = (month: string) => new Date(`${month}-01T00:00:00Z`);

function typedCell<Row>(column: DownloadColumn<Row>, row: Row, cell: string | number | null) {
  const kind: ColumnKind = column.rowKind?.(row) ?? column.kind;
  // No decimals known (DfE measures carry none): Excel's General format shows the figure as held.
  const decimals = column.rowDecimals?.(row) ?? column.decimals;
  if (cell === null) return { value: null, numFmt: undefined };
  if (kind === "date-month" && typeof cell === "string")
    return { value: monthDate(cell), numFmt: "mmm yyyy" };
  if (kind === "date" && typeof cell === "string")
    return { value: new Date(cell), numFmt: "yyyy-mm-dd hh:mm" };
  // The API's percents are 0–100; Excel's percentage format multiplies by 100.
  if (kind === "percent" && typeof cell === "number")
    return { value: cell / 100, numFmt: percentFormat(decimals ?? 1) };
  if ((kind === "number" || kind === "integer") && typeof cell === "number") {
    return {
      value: cell,
      numFmt: kind === "integer" ? "0" : decimals === undefined ? "General" : numberFormat(decimals),
    };
  }
  return { value: cell, numFmt: undefined };
}

/** A typed workbook: the table with a frozen header row and set widths, then "About this data". */
export async function tableToXlsx<Row>(
  table: DownloadTable<Row>,
  meta: { url: string; generatedAt: Date },
): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.created = meta.generatedAt;
  const sheet = workbook.addWorksheet("Data", { views: [{ state: "frozen", ySplit: 1 }] });
  sheet.columns = table.columns.map((column) => ({
    header: column.header,
    width: Math.min(60, Math.max(10, column.header.length + 2, column.kind === "text" ? 24 : 12)),
  }));
  sheet.getRow(1).font = { bold: true };
  for (const row of table.rows) {
    const cells = typedCells(table, row);
    const excelRow = sheet.addRow([]);
    table.columns.forEach((column, index) => {
      const typed = typedCell(column, row, cells[index] ?? null);
      const cell = excelRow.getCell(index + 1);
      cell.value = typed.value;
      if (typed.numFmt) cell.numFmt = typed.numFmt;
    });
  }
  const about = workbook.addWorksheet("About this data");
  about.columns = [
    { header: "Item", width: 24 },
    { header: "Detail", width: 100 },
  ];
  about.getRow(1).font = { bold: true };
  about.addRow(["Table", table.title]);
  for (const line of table.about) about.addRow([line.label, line.text]);
  about.addRow(["Generated at", meta.generatedAt.toISOString()]);
  about.addRow(["URL", meta.url]);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
