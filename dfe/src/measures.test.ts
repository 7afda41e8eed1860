import { roundHalfUp } from "@scorecard/shared/rounding";
import { describe, expect, it } from "vitest";
import { EesFormatError } from "./ees-format-error.ts";
import { eesSourcesAvailable, parsedEesSource } from "./ees-test-sources.ts";
import {
  CARE_LEAVER_TOTAL_EET,
  EES_MEASURE_IDS,
  EES_MEASURES,
  type EesMeasureId,
  type EesMeasureValue,
  extractMeasureValues,
  measureDefinition,
  POPULATION_FILE,
  populationLookupFromRows,
  readCareLeaverEetGroups,
} from "./measures.ts";
import { parseTidyCsv } from "./parse-tidy-csv.ts";

const GEOGRAPHY =
  "time_period,time_identifier,geographic_level,country_code,country_name,region_code,region_name,old_la_code,new_la_code,la_name";

describe("measure definitions", () => {
  it("define every measure once, with a source file, definition and display rules", () => {
    expect(EES_MEASURES.map((measure) => measure.id)).toEqual([...EES_MEASURE_IDS]);
    for (const measure of EES_MEASURES) {
      expect(measure.sourceFile).toMatch(/\.csv$/);
      expect(measure.definition.length).toBeGreaterThan(40);
      expect(Number.isInteger(measure.decimals)).toBe(true);
    }
    expect(measureDefinition("caseload")).toMatchObject({ unit: "number", polarity: "lower_is_better" });
    expect(measureDefinition("care-leavers-ete")).toMatchObject({
      unit: "percent",
      polarity: "higher_is_better",
    });
  });

  it("round half away from zero, as DfE does", () => {
    expect(roundHalfUp(57.49999999999999, 0)).toBe(58);
    expect(roundHalfUp(330.149, 1)).toBe(330.1);
    expect(roundHalfUp(40.55, 1)).toBe(40.6);
    expect(roundHalfUp(-2.5, 0)).toBe(-3);
  });
});

describe("extractMeasureValues on synthetic rows", () => {
  const c1 = parseTidyCsv(
    [
      `${GEOGRAPHY},referral_count,rereferral_count,rereferral_percent`,
      "2025,Reporting year,National,E92000001,England,,,,,,100,20,20.0",
      "2025,Reporting year,Local authority,E92000001,England,E12000005,West Midlands,330,E08000025,Birmingham,c,c,u",
      "2025,Reporting year,Local authority,E92000001,England,E12000005,West Midlands,331,E08000026,Coventry,50,n/a,12",
    ].join("\n"),
    "c1.csv",
  );

  it("keeps a suppressed figure as null with its code, and names the cell of a bad one", () => {
    const [england, birmingham] = extractMeasureValues("re-referrals", c1.slice(0, 2));
    expect(england).toMatchObject({ level: "national", code: "E92000001", name: "England", value: 20 });
    expect(birmingham).toEqual({
      measureId: "re-referrals",
      year: 2025,
      level: "local_authority",
      code: "330",
      name: "Birmingham",
      regionCode: "E12000005",
      value: null,
      numerator: null,
      denominator: null,
      suppression: "u",
    });
    expect(() => extractMeasureValues("re-referrals", c1)).toThrow(EesFormatError);
    expect(() => extractMeasureValues("re-referrals", c1)).toThrow(
      /c1_children_in_need_referrals_and_rereferrals_2013_to_2025\.csv line 4, column "rereferral_count"/,
    );
  });

  it("computes a rate per 10,000 from the previous mid-year's population, or leaves it missing", () => {
    const d5 = parseTidyCsv(
      [
        `${GEOGRAPHY},CPP_At31`,
        "2025,Reporting year,Local authority,E92000001,England,E12000005,West Midlands,330,E08000025,Birmingham,1171",
        "2025,Reporting year,Local authority,E92000001,England,E12000005,West Midlands,331,E08000026,Coventry,400",
        "2025,Reporting year,Local authority,E92000001,England,E12000005,West Midlands,332,E08000027,Dudley,c",
      ].join("\n"),
      "d5.csv",
    );
    const population = parseTidyCsv(
      [
        `${GEOGRAPHY},age_group,population_estimate`,
        "2024,Reporting year,Local authority,E92000001,England,E12000005,West Midlands,330,E08000025,Birmingham,Children aged 0 to 17 years,292859",
        "2025,Reporting year,Local authority,E92000001,England,E12000005,West Midlands,331,E08000026,Coventry,Children aged 0 to 17 years,80000",
        "2024,Reporting year,Local authority,E92000001,England,E12000005,West Midlands,332,E08000027,Dudley,Children aged 0 to 17 years,70000",
      ].join("\n"),
      "ons.csv",
    );
    const [birmingham, coventry, dudley] = extractMeasureValues(
      "cp-plans",
      d5,
      populationLookupFromRows(population),
    );
    expect(birmingham).toMatchObject({ value: 40, numerator: 1171, denominator: 292859, suppression: null });
    // Coventry only has a 2025 estimate, and a 2025 rate needs mid-2024's.
    expect(coventry).toMatchObject({ value: null, numerator: 400, denominator: null, suppression: "x" });
    expect(dudley).toMatchObject({ value: null, numerator: null, denominator: 70000, suppression: "c" });
    expect(() => extractMeasureValues("cp-plans", d5)).toThrow(/population/);
  });
});

describe.skipIf(!eesSourcesAvailable)("extractMeasureValues on the real files", () => {
  const population = () => parsedEesSource(POPULATION_FILE);
  const valuesOf = (measureId: EesMeasureId) =>
    extractMeasureValues(
      measureId,
      parsedEesSource(measureDefinition(measureId).sourceFile),
      populationLookupFromRows(population()),
    );
  const find = (values: readonly EesMeasureValue[], code: string, year: number) => {
    const found = values.find((value) => value.code === code && value.year === year);
    if (found === undefined) throw new Error(`no value for ${code} in ${year}`);
    return found;
  };

  it("re-referrals: England 2025 is DfE's 22.6% and Birmingham's 20.7%", () => {
    const values = valuesOf("re-referrals");
    expect(find(values, "E92000001", 2025)).toMatchObject({
      level: "national",
      name: "England",
      value: 22.6,
      numerator: 142900,
      denominator: 632830,
    });
    expect(find(values, "330", 2025)).toMatchObject({
      level: "local_authority",
      name: "Birmingham",
      regionCode: "E12000005",
      value: 20.7,
      numerator: 3382,
      denominator: 16324,
    });
    expect(find(values, "E12000005", 2025)).toMatchObject({ level: "regional", name: "West Midlands" });
    expect(values).toHaveLength(2132);
  });

  it("children in need: the England rates equal those DfE published in 2025 (revised populations)", () => {
    const values = valuesOf("children-in-need");
    // "Children in need: reporting year 2025", table of rates per 10,000, 2020 to 2025.
    const published = { 2020: 330.1, 2021: 329.6, 2022: 343.7, 2023: 338.7, 2024: 331.2, 2025: 330.3 };
    for (const [year, rate] of Object.entries(published)) {
      expect(find(values, "E92000001", Number(year)).value, year).toBe(rate);
    }
    expect(find(values, "E92000001", 2025)).toMatchObject({ numerator: 402400, denominator: 12183016 });
  });

  it("CP plans: England 2025 is 49,420 over mid-2024's 12,183,016 children", () => {
    const values = valuesOf("cp-plans");
    expect(find(values, "E92000001", 2025)).toMatchObject({
      value: 40.6,
      numerator: 49420,
      denominator: 12183016,
    });
    expect(find(values, "330", 2025)).toMatchObject({ numerator: 1677, denominator: 292859, value: 57.3 });
    // The ONS file has no estimates for the pre-2019 Dorset, Poole and Bournemouth: no rate, code "x".
    expect(find(values, "836", 2015)).toMatchObject({ value: null, suppression: "x" });
    expect(find(values, "836", 2015).numerator).not.toBeNull();
  });

  it("the population convention is DfE's: the CLA file's own population is the ONS estimate of t−1", () => {
    const ons = new Map(
      population()
        .filter((row) => row.level === "local_authority")
        .map((row) => [`${row.year}|${row.oldLaCode}`, row.measures.population_estimate]),
    );
    const cla = valuesOf("children-in-care").filter(
      (value) => value.level === "local_authority" && value.denominator !== null,
    );
    expect(cla.length).toBeGreaterThan(750);
    for (const value of cla) {
      expect(Number(ons.get(`${value.year - 1}|${value.code}`)), `${value.code} ${value.year}`).toBe(
        value.denominator,
      );
    }
  });

  it("children in care: DfE's published rate, and it agrees with count / population", () => {
    const values = valuesOf("children-in-care");
    expect(values).toHaveLength(835);
    expect(find(values, "E92000001", 2025)).toMatchObject({
      value: 67,
      numerator: 81770,
      denominator: 12183016,
    });
    expect(find(values, "330", 2025)).toMatchObject({ value: 79, numerator: 2317, denominator: 292859 });
    for (const value of values.filter((candidate) => candidate.level === "local_authority")) {
      if (value.value === null || value.numerator === null || value.denominator === null) continue;
      expect(roundHalfUp((value.numerator / value.denominator) * 10_000, 0), value.name).toBe(value.value);
    }
  });

  it("caseload: DfE's published FTE caseload; Birmingham 2024 is suppressed as 'u'", () => {
    const values = valuesOf("caseload");
    expect(find(values, "E92000001", 2025)).toMatchObject({
      value: 15.2,
      numerator: 321661,
      denominator: 21105.4,
    });
    expect(find(values, "330", 2024)).toMatchObject({ value: null, suppression: "u" });
    expect(Math.min(...values.map((value) => value.year))).toBe(2017);
  });

  describe("care leavers aged 19 to 21 in education, employment or training", () => {
    const file = measureDefinition("care-leavers-ete").sourceFile;

    it("sums education, higher education and training or employment (split from 2022, combined in 2021)", () => {
      const groups = readCareLeaverEetGroups(parsedEesSource(file));
      const birmingham = (year: number) =>
        groups.find((group) => group.row.oldLaCode === "330" && group.row.year === year);
      expect(birmingham(2025)?.eetBreakdowns.map((part) => [part.breakdown, part.count.value])).toEqual([
        ["Education other than higher education", 179],
        ["Higher education i.e. studies beyond A level", 58],
        ["In an apprenticeship", 16],
        ["In training or employment (excl. apprenticeship)", 213],
      ]);
      expect(birmingham(2021)?.eetBreakdowns.map((part) => [part.breakdown, part.count.value])).toEqual([
        ["Education other than higher education", 192],
        ["Higher education i.e. studies beyond A level", 75],
        ["In training or employment", 205],
      ]);
    });

    it(`the sum equals DfE's "${CARE_LEAVER_TOTAL_EET}" count for every LA where both are known`, () => {
      const groups = readCareLeaverEetGroups(parsedEesSource(file)).filter(
        (group) => group.row.level === "local_authority",
      );
      const comparable = groups.filter(
        (group) => group.sumOfBreakdowns !== null && group.publishedTotalEet.value !== null,
      );
      expect(comparable.length).toBeGreaterThan(340);
      for (const group of comparable) {
        expect(group.sumOfBreakdowns, `${group.row.laName} ${group.row.year}`).toBe(
          group.publishedTotalEet.value,
        );
      }
      // About half the LA-years have a suppressed breakdown but a published total, which is used instead.
      const totalOnly = groups.filter(
        (group) => group.sumOfBreakdowns === null && group.publishedTotalEet.value !== null,
      );
      expect(totalOnly.length).toBeGreaterThan(400);
    });

    it("the LA percentages equal DfE's published whole-number percentages", () => {
      const values = valuesOf("care-leavers-ete");
      const published = new Map(
        readCareLeaverEetGroups(parsedEesSource(file)).map((group) => [
          `${group.row.year}|${group.row.oldLaCode}`,
          group.publishedTotalEetPercent,
        ]),
      );
      const laValues = values.filter((value) => value.level === "local_authority");
      expect(laValues.filter((value) => value.value !== null).length).toBeGreaterThan(750);
      for (const value of laValues) {
        const percent = published.get(`${value.year}|${value.code}`);
        expect(value.value, `${value.name} ${value.year}`).toBe(percent?.value);
        if (value.value === null) expect(value.suppression).toBe(percent?.suppression);
      }
    });

    it("England and Birmingham 2025", () => {
      const values = valuesOf("care-leavers-ete");
      expect(find(values, "E92000001", 2025)).toMatchObject({
        value: 54,
        numerator: 20760,
        denominator: 38440,
      });
      expect(find(values, "330", 2025)).toMatchObject({ value: 55, numerator: 466, denominator: 850 });
      // The Isles of Scilly have no care leavers: DfE's "z", not 0%.
      expect(find(values, "420", 2025)).toMatchObject({ value: null, denominator: 0, suppression: "z" });
    });
  });

  it("LAs that exist only for some years keep their own codes", () => {
    // c1 lists an LA only in the years it existed (Dorset's first year, 2020, is all "x").
    const values = valuesOf("re-referrals");
    const yearsOf = (code: string) => {
      const years = values.filter((value) => value.code === code).map((value) => value.year);
      return [Math.min(...years), Math.max(...years)];
    };
    expect(yearsOf("928")).toEqual([2013, 2021]); // Northamptonshire
    expect(yearsOf("940")).toEqual([2022, 2025]); // North Northamptonshire
    expect(yearsOf("941")).toEqual([2022, 2025]); // West Northamptonshire
    expect(yearsOf("909")).toEqual([2013, 2023]); // Cumbria
    expect(yearsOf("942")).toEqual([2024, 2025]); // Cumberland
    expect(yearsOf("943")).toEqual([2024, 2025]); // Westmorland and Furness
    expect(yearsOf("835")).toEqual([2013, 2019]); // Dorset (county)
    expect(yearsOf("838")).toEqual([2020, 2025]); // Dorset (unitary)
    expect(yearsOf("839")).toEqual([2020, 2025]); // Bournemouth, Christchurch and Poole
  });
});
