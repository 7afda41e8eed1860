import { describe, expect, it } from "vitest";
import { tableToCsv } from "./csv.ts";
import { type DownloadTable, neutraliseFormula } from "./table.ts";

type Row = { name: string; value: number | null };

const table = (rows: Row[]): DownloadTable<Row> => ({
  title: "Test",
  about: [],
  rows,
  columns: [
    { header: "Name", kind: "text", value: (row) => row.name },
    { header: "Value", kind: "number", decimals: 1, value: (row) => row.value },
  ],
});

describe("tableToCsv", () => {
  it("starts with a UTF-8 BOM and ends every record with CRLF", () => {
    const csv = tableToCsv(table([{ name: "Ladywood", value: 1.5 }]));
    expect(csv.startsWith("\uFEFF")).toBe(true);
    expect(csv).toBe("\uFEFFName,Value\r\nLadywood,1.5\r\n");
  });

  it("quotes commas, quotes and line breaks as RFC 4180 asks; numbers at full precision, null empty", () => {
    const rows = [
      { name: 'Hall Green, "north"', value: 12.345678 },
      { name: "line one\nline two", value: null },
    ];
    expect(tableToCsv(table(rows))).toBe(
      '\uFEFFName,Value\r\n"Hall Green, ""north""",12.345678\r\n"line one\nline two",\r\n',
    );
  });

  it("neutralises text that a spreadsheet would run as a formula but keeps negative numbers as numbers", () => {
    const rows = [
      { name: '=HYPERLINK("http://evil.example","click")', value: -3.5 },
      { name: "+1", value: 0 },
      { name: "-minus", value: 1 },
      { name: "@SUM(A1)", value: 2 },
      { name: "\tTab", value: 3 },
    ];
    expect(tableToCsv(table(rows))).toBe(
      [
        "\uFEFFName,Value",
        `"'=HYPERLINK(""http://evil.example"",""click"")",-3.5`,
        "'+1,0",
        "'-minus,1",
        "'@SUM(A1),2",
        "'\tTab,3",
        "",
      ].join("\r\n"),
    );
  });

  it("leaves ordinary text alone", () => {
    expect(neutraliseFormula("Birmingham")).toBe("Birmingham");
    expect(neutraliseFormula("a=b")).toBe("a=b");
  });
});
