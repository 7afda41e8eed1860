import { describe, expect, it } from "vitest";
import {
  excelSerialToIsoDate,
  readBooleanCell,
  readChildIdCell,
  readDateCell,
  readTextCell,
} from "./read-annex-a-cells.ts";

describe("readDateCell", () => {
  it.each([
    ["03/04/2018", "2018-04-03"],
    ["3/4/2018", "2018-04-03"],
    [" 31/12/2017 ", "2017-12-31"],
    ["03-04-2018", "2018-04-03"],
    ["2018-04-03", "2018-04-03"],
    ["2018-04-03T00:00:00Z", "2018-04-03"],
    ["03/04/2018 00:00", "2018-04-03"],
    ["43193", "2018-04-03"],
  ])("reads the text %j as %s", (text, iso) => {
    expect(readDateCell(text)).toEqual({ ok: true, value: iso });
  });

  it("reads an Excel date (a JS Date at UTC midnight) by its UTC day", () => {
    expect(readDateCell(new Date(Date.UTC(2018, 3, 3)))).toEqual({ ok: true, value: "2018-04-03" });
  });

  it("reads Excel serial numbers in the 1900 system, leap-year bug included", () => {
    expect(readDateCell(43193)).toEqual({ ok: true, value: "2018-04-03" });
    expect(excelSerialToIsoDate(1)).toBe("1900-01-01");
    expect(excelSerialToIsoDate(59)).toBe("1900-02-28");
    expect(excelSerialToIsoDate(60)).toBeNull();
    expect(excelSerialToIsoDate(61)).toBe("1900-03-01");
    expect(excelSerialToIsoDate(43193.75)).toBe("2018-04-03");
    expect(excelSerialToIsoDate(0)).toBeNull();
  });

  it("treats blanks as no date", () => {
    expect(readDateCell(null)).toEqual({ ok: true, value: null });
    expect(readDateCell("  ")).toEqual({ ok: true, value: null });
    expect(readDateCell(undefined)).toEqual({ ok: true, value: null });
  });

  it.each(["31/02/2018", "13/13/2018", "04/31/2018", "yesterday", "2018/04", true, -5, Number.NaN])(
    "refuses %j",
    (cell) => {
      expect(readDateCell(cell).ok).toBe(false);
    },
  );
});

describe("readBooleanCell", () => {
  it.each([
    ["Yes", true],
    ["y", true],
    ["TRUE", true],
    [true, true],
    [1, true],
    ["No", false],
    ["n", false],
    ["False", false],
    [false, false],
  ])("reads %j as %s", (cell, value) => {
    expect(readBooleanCell(cell)).toEqual({ ok: true, value });
  });

  it("refuses other words and leaves blanks null", () => {
    expect(readBooleanCell("maybe").ok).toBe(false);
    expect(readBooleanCell("")).toEqual({ ok: true, value: null });
  });
});

describe("readChildIdCell", () => {
  it("keeps text ids exactly, leading zeros included", () => {
    expect(readChildIdCell(" 000123 ")).toEqual({ ok: true, value: "000123" });
  });

  it("reads a numeric id as its integer text and warns that zeros may be gone", () => {
    const result = readChildIdCell(123);
    expect(result.ok && result.value).toBe("123");
    expect(result.ok && result.warning).toMatch(/leading zeros/);
  });

  it("refuses fractional numbers and dates", () => {
    expect(readChildIdCell(12.5).ok).toBe(false);
    expect(readChildIdCell(new Date()).ok).toBe(false);
  });
});

describe("readTextCell", () => {
  it("trims text and writes numbers as text", () => {
    expect(readTextCell("  Assessment Team 1 ")).toEqual({ ok: true, value: "Assessment Team 1" });
    expect(readTextCell(4)).toEqual({ ok: true, value: "4" });
    expect(readTextCell("")).toEqual({ ok: true, value: null });
  });
});
