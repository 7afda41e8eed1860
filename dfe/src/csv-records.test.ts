import { describe, expect, it } from "vitest";
import { readCsvHeader, readCsvRecords } from "./csv-records.ts";
import { EesFormatError } from "./ees-format-error.ts";

function formatErrorOf(action: () => unknown): EesFormatError {
  try {
    action();
  } catch (error) {
    if (error instanceof EesFormatError) return error;
    throw error;
  }
  throw new Error("expected an EesFormatError");
}

const linesOf = (text: string) => readCsvRecords(text, "t.csv").map((record) => record.line);

describe("readCsvRecords", () => {
  it("splits fields, unquotes them and keeps doubled quotes, commas and line breaks inside quotes", () => {
    const records = readCsvRecords('a,b,c\n"x, y","say ""hi""","two\nlines"\n', "t.csv");
    expect(records).toEqual([
      { fields: ["a", "b", "c"], line: 1 },
      { fields: ["x, y", 'say "hi"', "two\nlines"], line: 2 },
    ]);
  });

  it("numbers each record by the line it starts on, whatever the line endings inside quoted fields", () => {
    // csv-parse alone would count the CRLF inside the quotes as two lines.
    expect(linesOf('h\n"a\r\nb"\n"c\nd\ne"\nf\n')).toEqual([1, 2, 4, 7]);
    expect(linesOf('h\r\n"a\r\nb"\r\nc\r\n')).toEqual([1, 2, 4]);
    expect(linesOf('h\r"a\rb"\rc\r')).toEqual([1, 2, 4]);
  });

  it("accepts mixed line endings and skips empty lines, still counting them", () => {
    const records = readCsvRecords("a,b\n1,2\r\n3,4\r5,6\n\r\n\n7,8", "t.csv");
    expect(records.map((record) => record.fields)).toEqual([
      ["a", "b"],
      ["1", "2"],
      ["3", "4"],
      ["5", "6"],
      ["7", "8"],
    ]);
    expect(records.map((record) => record.line)).toEqual([1, 2, 3, 4, 7]);
  });

  it("drops a byte-order mark and keeps a line of one quoted empty field", () => {
    expect(readCsvRecords('\uFEFFa\n""\n', "t.csv")).toEqual([
      { fields: ["a"], line: 1 },
      { fields: [""], line: 2 },
    ]);
    expect(readCsvRecords("", "t.csv")).toEqual([]);
    expect(readCsvRecords("\n\n", "t.csv")).toEqual([]);
  });

  it("leaves rows of another length to the caller", () => {
    expect(readCsvRecords("a,b\n1\n1,2,3\n", "t.csv").map((record) => record.fields.length)).toEqual([
      2, 1, 3,
    ]);
  });

  it("names the line a record with an unclosed quote starts on, and the column from the header", () => {
    const error = formatErrorOf(() => readCsvRecords('a,b\n1,2\n\n3,"x\n4,5\n6,7\n', "u.csv"));
    expect(error).toMatchObject({ file: "u.csv", line: 4, column: "b" });
    expect(error.message).toBe('u.csv line 4, column "b": a quoted field is never closed');
  });

  it("rejects stray quotes rather than guessing what they meant", () => {
    expect(formatErrorOf(() => readCsvRecords('a,b\n1,2\n1,"x"y\n', "q.csv"))).toMatchObject({
      line: 3,
      column: "b",
      problem: "a closing quote is followed by text instead of a comma or the end of the line",
    });
    expect(formatErrorOf(() => readCsvRecords('a,b\n1,x"y\n', "q.csv"))).toMatchObject({
      line: 2,
      column: "b",
    });
    expect(formatErrorOf(() => readCsvRecords('"a"b,c\n', "q.csv"))).toMatchObject({ line: 1, column: null });
  });
});

describe("readCsvHeader", () => {
  it("reads the first record only, trimmed, even when it spans lines", () => {
    expect(readCsvHeader(' a ,"b\r\nc", d \r\n1,2,3\r\n', "h.csv")).toEqual(["a", "b\r\nc", "d"]);
    expect(readCsvHeader("\n\n", "h.csv")).toBeNull();
  });

  it("never reads past the header, so a broken or cut-off body does not stop it", () => {
    expect(readCsvHeader('a,b\n1,"never closed\n', "h.csv")).toEqual(["a", "b"]);
    expect(readCsvHeader('a,b\n1,"x"y\n', "h.csv")).toEqual(["a", "b"]);
  });
});
