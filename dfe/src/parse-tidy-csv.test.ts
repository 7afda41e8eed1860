import { describe, expect, it } from "vitest";
import { readCsvRecords } from "./csv-records.ts";
import { EesFormatError } from "./ees-format-error.ts";
import { eesSourcesAvailable, parsedEesSource, readEesSource } from "./ees-test-sources.ts";
import {
  InvalidMeasureValueError,
  parseMeasure,
  parseTidyCsv,
  parseTimePeriod,
  readMeasure,
  type TidyRow,
} from "./parse-tidy-csv.ts";

const GEOGRAPHY =
  "time_period,time_identifier,geographic_level,country_code,country_name,region_code,region_name,old_la_code,new_la_code,la_name";

/** A small file in the c1 layout: England, one region, two LAs (one with suppressed counts). */
const SAMPLE_HEADER = `${GEOGRAPHY},category,referral_count,rereferral_count,rereferral_percent`;
const SAMPLE_ROWS = [
  "2025,Reporting year,National,E92000001,England,,,,,,Referrals and Re-referrals,632830,142900,22.6",
  "2025,Reporting year,Regional,E92000001,England,E12000005,West Midlands,,,,Referrals and Re-referrals,80000,17000,21.3",
  "2025,Reporting year,Local authority,E92000001,England,E12000005,West Midlands,330,E08000025,Birmingham,Referrals and Re-referrals,16324,3382,20.7",
  '2025,Reporting year,Local authority,E92000001,England,E12000009,South West,839,E06000058,"Bournemouth, Christchurch and Poole",Referrals and Re-referrals,c,c,x',
];

function csv(header: string, rows: readonly string[], newline = "\n"): string {
  return [header, ...rows].join(newline) + newline;
}

/** The same table with its columns in another order (quoted fields are kept whole). */
function reorderColumns(text: string, order: (columns: number) => number[]): string {
  const records = readCsvRecords(text, "sample.csv");
  const indexes = order(records[0]?.fields.length ?? 0);
  const quote = (field: string) => (/[",\n\r]/.test(field) ? `"${field.replaceAll('"', '""')}"` : field);
  return csv(
    indexes.map((index) => quote(records[0]?.fields[index] ?? "")).join(","),
    records.slice(1).map((record) => indexes.map((index) => quote(record.fields[index] ?? "")).join(",")),
  );
}

function withoutLines(rows: readonly TidyRow[]): Omit<TidyRow, "line">[] {
  return rows.map(({ line: _line, ...rest }) => rest);
}

function formatErrorOf(action: () => unknown): EesFormatError {
  try {
    action();
  } catch (error) {
    if (error instanceof EesFormatError) return error;
    throw error;
  }
  throw new Error("expected an EesFormatError");
}

describe("parseTidyCsv", () => {
  const sample = csv(SAMPLE_HEADER, SAMPLE_ROWS);

  it("reads the standard columns into typed rows and keeps everything else as text measures", () => {
    const rows = parseTidyCsv(sample, "c1.csv");
    expect(rows).toHaveLength(4);
    expect(rows[0]).toEqual({
      year: 2025,
      timeIdentifier: "Reporting year",
      level: "national",
      countryCode: "E92000001",
      regionCode: null,
      regionName: null,
      oldLaCode: null,
      newLaCode: null,
      laName: null,
      line: 2,
      measures: {
        category: "Referrals and Re-referrals",
        referral_count: "632830",
        rereferral_count: "142900",
        rereferral_percent: "22.6",
      },
    });
    expect(rows.map((row) => row.level)).toEqual([
      "national",
      "regional",
      "local_authority",
      "local_authority",
    ]);
    expect(rows[2]).toMatchObject({
      oldLaCode: "330",
      newLaCode: "E08000025",
      laName: "Birmingham",
      line: 4,
    });
    expect(rows[3]?.laName).toBe("Bournemouth, Christchurch and Poole");
  });

  it("ignores a UTF-8 byte-order mark", () => {
    const withBom = `\uFEFF${sample}`;
    expect(parseTidyCsv(withBom, "c1.csv")).toEqual(parseTidyCsv(sample, "c1.csv"));
  });

  it("reads CRLF line endings and a missing final newline", () => {
    const crlf = csv(SAMPLE_HEADER, SAMPLE_ROWS, "\r\n");
    expect(parseTidyCsv(crlf, "c1.csv")).toEqual(parseTidyCsv(sample, "c1.csv"));
    expect(parseTidyCsv(sample.trimEnd(), "c1.csv")).toEqual(parseTidyCsv(sample, "c1.csv"));
  });

  it("gives the same rows whatever the column order", () => {
    const expected = withoutLines(parseTidyCsv(sample, "c1.csv"));
    const reversed = reorderColumns(sample, (columns) => [...Array(columns).keys()].reverse());
    const measuresFirst = reorderColumns(sample, (columns) => {
      const indexes = [...Array(columns).keys()];
      return [...indexes.slice(10), ...indexes.slice(0, 10)];
    });
    // The layout of the CLA file: la_name before new_la_code.
    const claLayout = reorderColumns(sample, (columns) => {
      const indexes = [...Array(columns).keys()];
      return [0, 1, 2, 3, 4, 5, 6, 7, 9, 8, ...indexes.slice(10)];
    });
    for (const text of [reversed, measuresFirst, claLayout]) {
      expect(text).not.toBe(sample);
      expect(withoutLines(parseTidyCsv(text, "c1.csv"))).toEqual(expected);
    }
  });

  it("reads quoted fields with commas, doubled quotes and line breaks, counting lines from where a record starts", () => {
    const text = csv(`${GEOGRAPHY},note,value`, [
      '2025,Reporting year,National,E92000001,England,"","",,"","","a, b",1',
      '2025,Reporting year,National,E92000001,England,,,,,,"she said ""hi""",2',
      '2025,Reporting year,National,E92000001,England,,,,,,"two\r\nlines",3',
      "2025,Reporting year,National,E92000001,England,,,,,,plain,4",
    ]);
    const rows = parseTidyCsv(text, "notes.csv");
    expect(rows.map((row) => row.measures.note)).toEqual(["a, b", 'she said "hi"', "two\r\nlines", "plain"]);
    expect(rows.map((row) => row.line)).toEqual([2, 3, 4, 6]);
    expect(rows[0]?.regionCode).toBeNull();
  });

  it("maps a six-digit academic or financial year to its ending year", () => {
    const text = csv(`${GEOGRAPHY},value`, ["202425,Financial year,National,E92000001,England,,,,,,1"]);
    expect(parseTidyCsv(text, "finance.csv")[0]?.year).toBe(2025);
    expect(parseTimePeriod("2025")).toBe(2025);
    expect(parseTimePeriod("199900")).toBe(2000);
    expect(parseTimePeriod("202499")).toBeNull();
    expect(parseTimePeriod("2025/26")).toBeNull();
  });

  describe("rejects malformed files, naming the file, line and column", () => {
    const rowsWith = (index: number, row: string) =>
      SAMPLE_ROWS.map((original, i) => (i === index ? row : original));

    it("a time_period that is not a year", () => {
      const text = csv(SAMPLE_HEADER, rowsWith(1, SAMPLE_ROWS[1]?.replace(/^2025/, "20x5") ?? ""));
      const error = formatErrorOf(() => parseTidyCsv(text, "c1.csv"));
      expect(error).toMatchObject({ file: "c1.csv", line: 3, column: "time_period" });
      expect(error.message).toBe('c1.csv line 3, column "time_period": "20x5" is not a year');
    });

    it("an unknown geographic level", () => {
      const text = csv(SAMPLE_HEADER, rowsWith(2, SAMPLE_ROWS[2]?.replace("Local authority", "Ward") ?? ""));
      const error = formatErrorOf(() => parseTidyCsv(text, "c1.csv"));
      expect(error).toMatchObject({ file: "c1.csv", line: 4, column: "geographic_level" });
      expect(error.message).toContain('"Ward" is not a known geographic level');
    });

    it("a row with the wrong number of fields", () => {
      const text = csv(SAMPLE_HEADER, rowsWith(3, SAMPLE_ROWS[2]?.replace(",20.7", "") ?? ""));
      const error = formatErrorOf(() => parseTidyCsv(text, "c1.csv"));
      expect(error).toMatchObject({ file: "c1.csv", line: 5, column: null });
      expect(error.message).toBe("c1.csv line 5: expected 14 fields as in the header, found 13");
    });

    it("a missing standard column", () => {
      const text = reorderColumns(sample, (columns) =>
        [...Array(columns).keys()].filter((index) => index !== 8),
      );
      const error = formatErrorOf(() => parseTidyCsv(text, "c1.csv"));
      expect(error).toMatchObject({ file: "c1.csv", line: 1, column: "new_la_code" });
      expect(error.message).toBe('c1.csv line 1, column "new_la_code": required column is missing');
    });

    it("an LA row without its LA code, and an unclosed quote", () => {
      const noCode = csv(SAMPLE_HEADER, rowsWith(2, SAMPLE_ROWS[2]?.replace(",330,", ",,") ?? ""));
      expect(formatErrorOf(() => parseTidyCsv(noCode, "c1.csv"))).toMatchObject({
        line: 4,
        column: "old_la_code",
      });
      const unclosed = `${sample}2025,"Reporting year\n`;
      expect(formatErrorOf(() => parseTidyCsv(unclosed, "c1.csv"))).toMatchObject({ line: 6 });
    });

    it("an empty file", () => {
      expect(formatErrorOf(() => parseTidyCsv("", "empty.csv"))).toMatchObject({
        file: "empty.csv",
        line: 1,
      });
    });
  });
});

describe("parseMeasure", () => {
  it("parses whole, decimal, negative and comma-grouped numbers", () => {
    expect(parseMeasure("632830")).toEqual({ value: 632830, suppression: null });
    expect(parseMeasure("22.6")).toEqual({ value: 22.6, suppression: null });
    expect(parseMeasure("-3.5")).toEqual({ value: -3.5, suppression: null });
    expect(parseMeasure("0")).toEqual({ value: 0, suppression: null });
    expect(parseMeasure("1,234")).toEqual({ value: 1234, suppression: null });
    expect(parseMeasure("12,183,016.5")).toEqual({ value: 12183016.5, suppression: null });
    expect(parseMeasure(" 7 ")).toEqual({ value: 7, suppression: null });
  });

  it("keeps suppression codes as a missing value with the code, never 0", () => {
    for (const code of ["c", "u", "x", "z", "k", "low", "-", ":"]) {
      expect(parseMeasure(code)).toEqual({ value: null, suppression: code });
    }
    expect(parseMeasure("Z")).toEqual({ value: null, suppression: "z" });
  });

  it("rejects anything else rather than guessing", () => {
    for (const raw of ["", "abc", "00:10", "1,23", "12a", "1e5", ".5", "n/a"]) {
      expect(() => parseMeasure(raw), raw).toThrow(InvalidMeasureValueError);
    }
  });

  it("names the file, line and column through readMeasure", () => {
    const [row] = parseTidyCsv(
      csv(`${GEOGRAPHY},value`, ["2025,Reporting year,National,E92000001,England,,,,,,??"]),
      "v.csv",
    );
    if (row === undefined) throw new Error("no row");
    const error = formatErrorOf(() => readMeasure(row, "value", "v.csv"));
    expect(error.message).toBe(
      'v.csv line 2, column "value": "??" is neither a number nor a known suppression code',
    );
    expect(formatErrorOf(() => readMeasure(row, "absent", "v.csv")).column).toBe("absent");
  });
});

describe.skipIf(!eesSourcesAvailable)("the real EES files", () => {
  const tidyFiles = [
    "c1_children_in_need_referrals_and_rereferrals_2013_to_2025.csv",
    "b1_children_in_need_2013_to_2025.csv",
    "d5_cpps_at31march_by_duration_2013_to_2025.csv",
    "cla_number_and_rate_per_10k_children.csv",
    "csww_indicators_2017_to_2025.csv",
    "la_care_leavers_activity.csv",
    "ons_mid-year_population_estimates_2012_to_2024.csv",
  ];

  it.each(tidyFiles)("%s parses, and every measure cell is a number or a known code", (file) => {
    const rows = parsedEesSource(file);
    expect(rows.length).toBeGreaterThan(800);
    const textColumns = new Set(["category", "population_type", "care_leaver_age", "breakdown", "age_group"]);
    for (const row of rows) {
      for (const column of Object.keys(row.measures)) {
        if (!textColumns.has(column)) readMeasure(row, column, file);
      }
    }
  });

  it("handles the BOM files the same as BOM-less ones", () => {
    const text = readEesSource("cla_number_and_rate_per_10k_children.csv");
    expect(text.startsWith("\uFEFF")).toBe(true);
    expect(parseTidyCsv(text.slice(1), "cla.csv")).toEqual(parseTidyCsv(text, "cla.csv"));
  });

  it("c1 has England, 11 regions and the LAs that existed each year", () => {
    const rows = parsedEesSource("c1_children_in_need_referrals_and_rereferrals_2013_to_2025.csv");
    const count = (level: TidyRow["level"], year: number) =>
      rows.filter((row) => row.level === level && row.year === year).length;
    const laRowsByYear = Object.fromEntries(
      Array.from({ length: 13 }, (_, index) => 2013 + index).map((year) => [
        year,
        count("local_authority", year),
      ]),
    );
    // 152 LAs; Dorset, Poole and Bournemouth became two LAs in 2020 (151), Northamptonshire two in 2022
    // (152), Cumbria two in 2024 (153).
    expect(laRowsByYear).toEqual({
      2013: 152,
      2014: 152,
      2015: 152,
      2016: 152,
      2017: 152,
      2018: 152,
      2019: 152,
      2020: 151,
      2021: 151,
      2022: 152,
      2023: 152,
      2024: 153,
      2025: 153,
    });
    for (let year = 2013; year <= 2025; year += 1) {
      expect(count("national", year)).toBe(1);
      expect(count("regional", year)).toBe(11);
    }
  });

  it("keeps suppressed cells as codes: Norfolk's 2013 c1 figures are all 'x'", () => {
    const file = "c1_children_in_need_referrals_and_rereferrals_2013_to_2025.csv";
    const norfolk2013 = parsedEesSource(file).find((row) => row.oldLaCode === "926" && row.year === 2013);
    if (norfolk2013 === undefined) throw new Error("no Norfolk 2013 row");
    expect(readMeasure(norfolk2013, "rereferral_percent", file)).toEqual({ value: null, suppression: "x" });
  });
});
