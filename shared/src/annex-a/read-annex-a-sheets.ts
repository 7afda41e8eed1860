/**
 * Which list a sheet holds, told by its header row (never its name: councils' systems name sheets
 * "List 3", "Referrals", "Sheet1"…). The header row may sit below a title block, so the first rows are tried.
 */
import {
  IGNORED_LISTS,
  normalisedHeaderMatches,
  normaliseHeader,
  READ_LISTS,
  type ReadListDefinition,
} from "./annex-a-lists.ts";
import type { CellValue } from "./read-annex-a-cells.ts";

/** How many rows from the top a header row is looked for in. */
export const HEADER_SEARCH_ROWS = 10;

export type SheetRecognition =
  | { kind: "list"; list: ReadListDefinition; headerRowIndex: number }
  | { kind: "ignored"; number: number; title: string }
  | { kind: "ambiguous"; candidates: readonly ReadListDefinition[]; headerRowIndex: number }
  | { kind: "unrecognised" }
  | { kind: "empty" };

interface Candidate {
  list: ReadListDefinition;
  rowIndex: number;
  matched: number;
}

/** The row's cells as normalised headers, computed once per row. */
function headerTexts(row: readonly CellValue[]): string[] {
  return row.map((cell) => (typeof cell === "string" ? normaliseHeader(cell) : ""));
}

/** How many distinctive columns (not id or allocation) of the list the row carries. */
function scoreRow(list: ReadListDefinition, headers: readonly string[], rowIndex: number): Candidate {
  const distinctive = list.columns.filter((column) => !column.common);
  const matched = distinctive.filter((column) =>
    headers.some((header) => normalisedHeaderMatches(column, header)),
  ).length;
  return { list, rowIndex, matched };
}

function ignoredListMatches(
  headers: readonly string[],
): { number: number; title: string; matched: number } | null {
  const written = new Set(headers);
  let best: { number: number; title: string; matched: number } | null = null;
  for (const list of IGNORED_LISTS) {
    const matched = list.headers.filter((header) => written.has(normaliseHeader(header))).length;
    if (matched > 0 && (best === null || matched > best.matched))
      best = { number: list.number, title: list.title, matched };
  }
  return best;
}

export function recogniseSheet(rows: readonly (readonly CellValue[])[]): SheetRecognition {
  const top = rows.slice(0, HEADER_SEARCH_ROWS);
  if (top.every((row) => row.every((cell) => cell === null || cell === undefined || cell === ""))) {
    return { kind: "empty" };
  }
  let best: Candidate[] = [];
  let ignored: { number: number; title: string; matched: number } | null = null;
  top.forEach((row, rowIndex) => {
    const headers = headerTexts(row);
    const ignoredHere = ignoredListMatches(headers);
    if (ignoredHere && (ignored === null || ignoredHere.matched > ignored.matched)) ignored = ignoredHere;
    for (const list of READ_LISTS) {
      const candidate = scoreRow(list, headers, rowIndex);
      if (candidate.matched === 0) continue;
      const leader = best[0];
      // Equal counts of distinctive headers are a tie, whatever each list's length: better to ask than to guess.
      if (leader === undefined || candidate.matched > leader.matched) {
        best = [candidate];
      } else if (candidate.matched === leader.matched) {
        best.push(candidate);
      }
    }
  });
  const found = ignored as { number: number; title: string; matched: number } | null;
  const leader = best[0];
  // A list of ours wins over an ignored one only with more distinctive headers than the ignored one shares.
  if (found && (leader === undefined || found.matched >= leader.matched)) {
    return { kind: "ignored", number: found.number, title: found.title };
  }
  if (leader === undefined) return { kind: "unrecognised" };
  const lists = [...new Set(best.map((candidate) => candidate.list))];
  if (lists.length > 1) return { kind: "ambiguous", candidates: lists, headerRowIndex: leader.rowIndex };
  return { kind: "list", list: leader.list, headerRowIndex: leader.rowIndex };
}
