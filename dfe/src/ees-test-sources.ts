import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { parseTidyCsv, type TidyRow } from "./parse-tidy-csv.ts";

/**
 * For the tests: DfE's EES files in /work/shared/data/ees, beside the repository. A fresh clone (CI) has
 * no such folder, so the tests that read the real files skip there; the committed dataset is still
 * checked by the tests that read only it.
 */
export const EES_SOURCE_DIRECTORY = fileURLToPath(new URL("../../../shared/data/ees/", import.meta.url));

export const eesSourcesAvailable = existsSync(EES_SOURCE_DIRECTORY);

export function readEesSource(file: string): string {
  return readFileSync(join(EES_SOURCE_DIRECTORY, file), "utf8");
}

const parsed = new Map<string, TidyRow[]>();

/** A real tidy file, parsed once per test run. */
export function parsedEesSource(file: string): TidyRow[] {
  const cached = parsed.get(file);
  if (cached !== undefined) return cached;
  const rows = parseTidyCsv(readEesSource(file), file);
  parsed.set(file, rows);
  return rows;
}
