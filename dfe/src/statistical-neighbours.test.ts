import { describe, expect, it } from "vitest";
import { EesFormatError } from "./ees-format-error.ts";
import { eesSourcesAvailable, readEesSource } from "./ees-test-sources.ts";
import {
  CLOSENESS_LABELS,
  normaliseCloseness,
  parseSnModel2021,
  parseSnModel2025,
  SN_MODEL_2021_FILE,
  SN_MODEL_2025_FILE,
  type StatisticalNeighbourGroup,
} from "./statistical-neighbours.ts";

const HEADER_2025 = `old_la_code,la_name,region_ind,region_name,${Array.from(
  { length: 10 },
  (_, index) => `SN_${index + 1},SN_${index + 1}P`,
).join(",")}`;
const HEADER_2021 = `LA num,LA Name,LA number,GOInd,GOReg,${Array.from(
  { length: 10 },
  (_, index) => `SN${index + 1},SNP`,
).join(",")},`;

function neighbourCells(labels: readonly string[]): string {
  return labels.map((label, index) => `${301 + index},${label}`).join(",");
}

const TEN_LABELS = [
  "Very close",
  "Close ",
  "close",
  "Somewhat close",
  "Not close",
  ...Array(5).fill("Not Close"),
];

describe("normaliseCloseness", () => {
  it("trims and fixes the case of DfE's bands", () => {
    expect(normaliseCloseness("Close ")).toBe("Close");
    expect(normaliseCloseness("Very Close")).toBe("Very close");
    expect(normaliseCloseness("Not Close")).toBe("Not close");
    expect(normaliseCloseness("Extremely Close")).toBe("Extremely close");
    expect(normaliseCloseness(" somewhat  close ")).toBe("Somewhat close");
    expect(normaliseCloseness("Near")).toBeNull();
  });
});

describe("parseSnModel2025", () => {
  it("reads the wide layout with a BOM and trailing spaces in labels", () => {
    const text = `\uFEFF${HEADER_2025}\n330,Birmingham,8,West Midlands,${neighbourCells(TEN_LABELS)}\n`;
    const [birmingham] = parseSnModel2025(text);
    expect(birmingham?.laCode).toBe("330");
    expect(birmingham?.neighbours.slice(0, 3)).toEqual([
      { position: 1, code: "301", closeness: "Very close" },
      { position: 2, code: "302", closeness: "Close" },
      { position: 3, code: "303", closeness: "Close" },
    ]);
    expect(birmingham?.neighbours).toHaveLength(10);
  });

  it("names the cell of an unknown label or a bad code", () => {
    const badLabel = `${HEADER_2025}\n330,Birmingham,8,West Midlands,${neighbourCells([...TEN_LABELS.slice(0, 9), "Far"])}\n`;
    expect(() => parseSnModel2025(badLabel, "sn.csv")).toThrow(
      new EesFormatError("sn.csv", 2, "SN_10P", '"Far" is not a closeness band'),
    );
    const badCode = `${HEADER_2025}\n33O,Birmingham,8,West Midlands,${neighbourCells(TEN_LABELS)}\n`;
    expect(() => parseSnModel2025(badCode, "sn.csv")).toThrow(/line 2, column "old_la_code"/);
    const missing = `${HEADER_2025.replace(",SN_4P", ",SN_4Q")}\n`;
    expect(() => parseSnModel2025(missing, "sn.csv")).toThrow(/column "SN_4P": required column is missing/);
  });
});

describe("parseSnModel2021", () => {
  it("pairs each SNn with the SNP after it, skips separator rows and keeps the pre-reorganisation LAs", () => {
    const text = [
      HEADER_2021,
      `330,Birmingham,330,8,West Midlands,${neighbourCells(TEN_LABELS)},`,
      ",,,,,,,,,,,,,,,,,,,,,,,,,",
      ",Old SNs:,,,,,,,,,,,,,,,,,,,,,,,,",
      `928,Northamptonshire,928,1,East Midlands,${neighbourCells(Array(10).fill("Very Close"))},`,
    ].join("\n");
    const groups = parseSnModel2021(text);
    expect(groups.map((group) => [group.model, group.laCode, group.laName])).toEqual([
      ["2021", "330", "Birmingham"],
      ["2021", "928", "Northamptonshire"],
    ]);
    expect(groups[0]?.neighbours[1]).toEqual({ position: 2, code: "302", closeness: "Close" });
    expect(groups[1]?.neighbours.every((neighbour) => neighbour.closeness === "Very close")).toBe(true);
  });

  it("rejects a header whose SNn is not followed by SNP", () => {
    const text = `${HEADER_2021.replace("SN3,SNP", "SN3,SNX")}\n`;
    expect(() => parseSnModel2021(text, "sn21.csv")).toThrow(/column "SN3": is not followed/);
  });
});

describe.skipIf(!eesSourcesAvailable)("the real statistical neighbour files", () => {
  const model2025 = () => parseSnModel2025(readEesSource(SN_MODEL_2025_FILE));
  const model2021 = () => parseSnModel2021(readEesSource(SN_MODEL_2021_FILE));
  const birminghamIn = (groups: StatisticalNeighbourGroup[]) =>
    groups.find((group) => group.laCode === "330");

  it("the 2025 model has the 153 current LAs, each with ten neighbours", () => {
    const groups = model2025();
    expect(groups).toHaveLength(153);
    expect(groups.every((group) => group.neighbours.length === 10)).toBe(true);
    expect(groups.map((group) => group.laCode)).toEqual(expect.arrayContaining(["940", "941", "942", "943"]));
    expect(groups.map((group) => group.laCode)).not.toContain("909");
  });

  it("the 2021 model has 152 LAs of its day plus the four pre-reorganisation ones", () => {
    const groups = model2021();
    expect(groups).toHaveLength(156);
    expect(groups.map((group) => group.laCode)).toEqual(
      expect.arrayContaining(["909", "928", "835", "836", "837"]),
    );
    expect(groups.map((group) => group.laCode)).not.toContain("942");
  });

  it("Birmingham has ten neighbours with closeness labels in each model", () => {
    const in2025 = birminghamIn(model2025());
    expect(in2025?.neighbours.map((neighbour) => [neighbour.code, neighbour.closeness])).toEqual([
      ["892", "Very close"],
      ["352", "Very close"],
      ["380", "Very close"],
      ["391", "Close"],
      ["353", "Close"],
      ["889", "Close"],
      ["373", "Close"],
      ["806", "Close"],
      ["852", "Close"],
      ["355", "Close"],
    ]);
    const in2021 = birminghamIn(model2021());
    expect(in2021?.laName).toBe("Birmingham");
    expect(in2021?.neighbours.map((neighbour) => neighbour.code)).toEqual([
      "821",
      "333",
      "336",
      "892",
      "352",
      "335",
      "308",
      "831",
      "320",
      "380",
    ]);
    expect(in2021?.neighbours.map((neighbour) => neighbour.closeness)).toEqual([
      ...Array(4).fill("Close"),
      ...Array(6).fill("Somewhat close"),
    ]);
  });

  it("uses only DfE's five bands, closest first within each LA", () => {
    for (const group of [...model2025(), ...model2021()]) {
      const ranks = group.neighbours.map((neighbour) => CLOSENESS_LABELS.indexOf(neighbour.closeness));
      expect(ranks.every((rank) => rank >= 0)).toBe(true);
      expect(
        [...ranks].sort((a, b) => a - b),
        `${group.model} ${group.laName}`,
      ).toEqual(ranks);
    }
  });
});
