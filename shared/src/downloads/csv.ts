import { stringify } from "csv-stringify/sync";
import { type DownloadTable, neutraliseFormula, typedCells } from "./table.ts";

/**
 * The table as CSV: UTF-8 with a BOM (so Excel reads it as UTF-8), RFC 4180 quoting by csv-stringify,
 * CRLF line ends. Numbers are written unquoted at full precision, exactly as the JSON API has them
 * (percents 0–100), so the parsed file equals the API; months stay `YYYY-MM`; text is neutralised.
 */
export function tableToCsv<Row>(table: DownloadTable<Row>): string {
  const header = table.columns.map((column) => neutraliseFormula(column.header));
  const body = table.rows.map((row) =>
    typedCells(table, row).map((cell) => (cell === null ? "" : String(cell))),
  );
  // A lone LF or CR is not the record delimiter, so csv-stringify would leave it bare; RFC 4180 quotes it.
  return stringify([header, ...body], { bom: true, record_delimiter: "windows", quoted_match: /[\r\n]/ });
}
