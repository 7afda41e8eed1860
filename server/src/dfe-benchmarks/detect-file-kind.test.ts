import { EesFormatError } from "@scorecard/dfe/ees-format-error";
import { describe, expect, it } from "vitest";
import { detectFileKind } from "./detect-file-kind.ts";

const GEOGRAPHY =
  "time_period,time_identifier,geographic_level,country_code,country_name,region_code,region_name,old_la_code,new_la_code,la_name";

describe("detectFileKind", () => {
  it("tells each kind of DfE file from its header", () => {
    const kindOf = (header: string) => detectFileKind(`${header}\n`, "f.csv");
    expect(kindOf(`${GEOGRAPHY},referral_count,rereferral_count,rereferral_percent`)).toEqual({
      kind: "measure",
      measureId: "re-referrals",
    });
    expect(kindOf(`${GEOGRAPHY},caseload_fte,cases`)).toEqual({ kind: "measure", measureId: "caseload" });
    expect(kindOf(`${GEOGRAPHY},age_group,population_estimate`)).toEqual({ kind: "population" });
    expect(kindOf("old_la_code,la_name,SN_1,SN_1P")).toEqual({
      kind: "statistical_neighbours",
      model: "2025",
    });
    expect(kindOf("LA num,LA Name,LA number,SN1,SNP")).toEqual({
      kind: "statistical_neighbours",
      model: "2021",
    });
  });

  it("reads only the header: a body cut inside a quoted field, or broken, does not matter to it", () => {
    const header = `${GEOGRAPHY},category,referral_count,rereferral_count,rereferral_percent`;
    const cut = `${header}\n2025,Reporting year,National,E92000001,England,,,,,,"${"a, b\n".repeat(20_000)}`;
    expect(cut.length).toBeGreaterThan(64 * 1024);
    expect(detectFileKind(cut, "cut.csv")).toEqual({ kind: "measure", measureId: "re-referrals" });
  });

  it("names the file and line 1 when the header is empty or holds no known measure", () => {
    expect(() => detectFileKind("\n\n", "empty.csv")).toThrow(EesFormatError);
    expect(() => detectFileKind("", "empty.csv")).toThrow(/^empty\.csv line 1: the file is empty/);
    expect(() => detectFileKind(`${GEOGRAPHY},something_else\n`, "odd.csv")).toThrow(
      /^odd\.csv line 1: no known DfE measure in the header/,
    );
  });
});
