import type { ExpectedReturnRow } from "@scorecard/shared/month-return/expected-rows";
import { periodLongLabel } from "@scorecard/shared/periods";
import ExcelJS from "exceljs";

/** The template's columns: the ones the upload reads, with labels and last month beside them (ignored on upload). */
export const TEMPLATE_COLUMNS = [
  "indicator",
  "indicator_title",
  "area",
  "area_name",
  "breakdown",
  "numerator_label",
  "numerator",
  "denominator_label",
  "denominator",
  "value",
  "note",
  "last_month_numerator",
  "last_month_denominator",
  "last_month_value",
  "period",
] as const;

const XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

function cellsOf(row: ExpectedReturnRow, period: string): (string | number | null)[] {
  return [
    row.indicator,
    row.indicatorTitle,
    row.area,
    row.areaName,
    row.breakdown,
    row.numeratorLabel,
    null,
    row.denominatorLabel,
    null,
    null,
    null,
    row.lastMonth?.numerator ?? null,
    row.lastMonth?.denominator ?? null,
    row.lastMonth?.value ?? null,
    period,
  ];
}

/** RFC 4180 quoting, and a leading ' on text a spreadsheet would run as a formula. */
function csvCell(cell: string | number | null): string {
  if (cell === null) return "";
  let text = String(cell);
  if (typeof cell === "string" && /^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

export async function buildReturnTemplate(
  rows: readonly ExpectedReturnRow[],
  options: { period: string; organisationName: string; format: "xlsx" | "csv" },
): Promise<{ body: Buffer; contentType: string; fileName: string }> {
  const base = `${options.organisationName.toLowerCase().replace(/[^a-z0-9]+/g, "-")}-return-${options.period}`;
  if (options.format === "csv") {
    const lines = [
      TEMPLATE_COLUMNS.join(","),
      ...rows.map((row) => cellsOf(row, options.period).map(csvCell).join(",")),
    ];
    return {
      body: Buffer.from(`\uFEFF${lines.join("\r\n")}\r\n`, "utf8"),
      contentType: "text/csv; charset=utf-8",
      fileName: `${base}.csv`,
    };
  }
  const workbook = new ExcelJS.Workbook();
  workbook.creator = "Scorecard";
  const sheet = workbook.addWorksheet("Return", { views: [{ state: "frozen", ySplit: 1 }] });
  sheet.columns = TEMPLATE_COLUMNS.map((header) => ({
    header,
    key: header,
    width: header.endsWith("title") || header.endsWith("label") ? 36 : header === "note" ? 30 : 14,
  }));
  sheet.getRow(1).font = { bold: true };
  for (const row of rows) sheet.addRow(cellsOf(row, options.period));
  for (const column of [
    "numerator",
    "denominator",
    "value",
    "last_month_numerator",
    "last_month_denominator",
    "last_month_value",
  ]) {
    sheet.getColumn(column).numFmt = "#,##0.###";
  }
  const help = workbook.addWorksheet("How to fill this in");
  help.getColumn(1).width = 110;
  for (const line of [
    `${options.organisationName}: the return for ${periodLongLabel(options.period)}`,
    "",
    "Fill in the numerator and denominator for percentages and other ratios, or the value for counts, days and averages.",
    "Leave a row's figure cells empty if you have no figure for it: empty rows are skipped.",
    "Do not change the indicator, area, breakdown or period columns; the other columns are for reading and are ignored on upload.",
    "Upload the file on the month's page (This month), or POST it to /api/orgs/{org}/months/{period}/figures.",
  ]) {
    help.addRow([line]);
  }
  help.getRow(1).font = { bold: true };
  return {
    body: Buffer.from(await workbook.xlsx.writeBuffer()),
    contentType: XLSX,
    fileName: `${base}.xlsx`,
  };
}
