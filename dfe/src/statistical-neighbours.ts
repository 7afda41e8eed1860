import { type CsvRecord, readCsvRecords } from "./csv-records.ts";
import { EesFormatError } from "./ees-format-error.ts";

/**
 * DfE's children's services statistical neighbour models: for each LA, the ten LAs most similar to it,
 * closest first, each with a closeness band. Two vintages with different layouts are read.
 */

export type StatisticalNeighbourModel = "2025" | "2021";

/** DfE's closeness bands, closest first. The files also use "Extremely close" for the very nearest. */
export const CLOSENESS_LABELS = [
  "Extremely close",
  "Very close",
  "Close",
  "Somewhat close",
  "Not close",
] as const;
export type Closeness = (typeof CLOSENESS_LABELS)[number];

export interface StatisticalNeighbour {
  /** 1 = closest. */
  position: number;
  /** Old (three-digit) LA code. */
  code: string;
  closeness: Closeness;
}

export interface StatisticalNeighbourGroup {
  model: StatisticalNeighbourModel;
  /** Old (three-digit) LA code. */
  laCode: string;
  laName: string;
  neighbours: StatisticalNeighbour[];
}

export const SN_MODEL_2025_FILE = "sn_model_2025_wide.csv";
export const SN_MODEL_2021_FILE = "New_Statistical_Neighbour_Groupings_April_2021.csv";

const NEIGHBOUR_COUNT = 10;
const LA_CODE = /^\d{3}$/;

const CLOSENESS_BY_LOWER_CASE: ReadonlyMap<string, Closeness> = new Map(
  CLOSENESS_LABELS.map((label) => [label.toLowerCase(), label]),
);

/** A label as written ("Close ", "Very Close") in DfE's casing, or null when it is not a known band. */
export function normaliseCloseness(raw: string): Closeness | null {
  return CLOSENESS_BY_LOWER_CASE.get(raw.trim().replace(/\s+/g, " ").toLowerCase()) ?? null;
}

/** May 2025 model: `old_la_code, la_name, …, SN_1, SN_1P, …, SN_10, SN_10P`. */
export function parseSnModel2025(text: string, fileName = SN_MODEL_2025_FILE): StatisticalNeighbourGroup[] {
  const { header, rows } = splitHeader(text, fileName);
  const column = columnFinder(header, fileName);
  const codeColumn = column("old_la_code");
  const nameColumn = column("la_name");
  const neighbourColumns = positions().map((position) => ({
    position,
    code: column(`SN_${position}`),
    closeness: column(`SN_${position}P`),
  }));
  return collectGroups(
    rows.map((record) =>
      readGroup("2025", record, codeColumn, nameColumn, neighbourColumns, header, fileName),
    ),
  );
}

/**
 * April 2021 model: `LA num, LA Name, LA number, GOInd, GOReg, SN1, SNP, SN2, SNP, …, SN10, SNP,` — every
 * closeness column is called "SNP" and belongs to the SNn column before it; the header ends with an empty
 * column. Below the current LAs, after blank rows and an "Old SNs:" row, come the pre-reorganisation LAs
 * (Dorset, Poole and Bournemouth "(Pre LG)", Northamptonshire); they are kept under their own codes.
 */
export function parseSnModel2021(text: string, fileName = SN_MODEL_2021_FILE): StatisticalNeighbourGroup[] {
  const { header, rows } = splitHeader(text, fileName);
  const column = columnFinder(header, fileName);
  const codeColumn = column("LA number");
  const nameColumn = column("LA Name");
  const neighbourColumns = positions().map((position) => {
    const code = column(`SN${position}`);
    if (header[code + 1] !== "SNP") {
      throw new EesFormatError(fileName, 1, `SN${position}`, 'is not followed by its "SNP" closeness column');
    }
    return { position, code, closeness: code + 1 };
  });
  // Separator rows have no LA number; everything else must be a full row.
  const laRows = rows.filter((record) => (record.fields[codeColumn] ?? "").trim() !== "");
  return collectGroups(
    laRows.map((record) =>
      readGroup("2021", record, codeColumn, nameColumn, neighbourColumns, header, fileName),
    ),
  );
}

function positions(): number[] {
  return Array.from({ length: NEIGHBOUR_COUNT }, (_, index) => index + 1);
}

function splitHeader(text: string, fileName: string): { header: string[]; rows: CsvRecord[] } {
  const [headerRecord, ...rows] = readCsvRecords(text, fileName);
  if (headerRecord === undefined) throw new EesFormatError(fileName, 1, null, "the file is empty");
  const header = headerRecord.fields.map((name) => name.trim());
  for (const row of rows) {
    if (row.fields.length !== header.length) {
      throw new EesFormatError(
        fileName,
        row.line,
        null,
        `expected ${header.length} fields as in the header, found ${row.fields.length}`,
      );
    }
  }
  return { header, rows };
}

/** The index of the first column with this name; throws naming the column when there is none. */
function columnFinder(header: readonly string[], fileName: string): (name: string) => number {
  return (name) => {
    const index = header.indexOf(name);
    if (index === -1) throw new EesFormatError(fileName, 1, name, "required column is missing");
    return index;
  };
}

function readGroup(
  model: StatisticalNeighbourModel,
  record: CsvRecord,
  codeColumn: number,
  nameColumn: number,
  neighbourColumns: readonly { position: number; code: number; closeness: number }[],
  header: readonly string[],
  fileName: string,
): StatisticalNeighbourGroup {
  const cell = (index: number) => (record.fields[index] ?? "").trim();
  const laCode = laCodeAt(cell(codeColumn), record.line, header[codeColumn] ?? "", fileName);
  const neighbours = neighbourColumns.map(({ position, code, closeness }) => {
    const label = record.fields[closeness] ?? "";
    const band = normaliseCloseness(label);
    if (band === null) {
      throw new EesFormatError(
        fileName,
        record.line,
        header[closeness] ?? null,
        `"${label}" is not a closeness band`,
      );
    }
    return {
      position,
      code: laCodeAt(cell(code), record.line, header[code] ?? "", fileName),
      closeness: band,
    };
  });
  return { model, laCode, laName: cell(nameColumn), neighbours };
}

function laCodeAt(value: string, line: number, column: string, fileName: string): string {
  if (!LA_CODE.test(value)) {
    throw new EesFormatError(fileName, line, column, `"${value}" is not a three-digit LA code`);
  }
  return value;
}

function collectGroups(groups: StatisticalNeighbourGroup[]): StatisticalNeighbourGroup[] {
  const seen = new Set<string>();
  for (const group of groups) {
    if (seen.has(group.laCode)) {
      throw new Error(`Statistical neighbours ${group.model}: LA ${group.laCode} twice`);
    }
    seen.add(group.laCode);
  }
  return groups;
}
