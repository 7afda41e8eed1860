import type { BenchmarkValue, ScorecardRow, Spc } from "@scorecard/shared/api-schema";
import type { Rag } from "@scorecard/shared/indicator-schema";
import { assuranceLetter, ragSymbol, trendSymbol, variationLetter } from "@scorecard/shared/rag-symbols";
import { ragLabel, trendLabel } from "@scorecard/shared/trend-rating";
import type { Content } from "pdfmake/interfaces";
import { figureText } from "./figure-text.ts";

/** Dark enough for 4.5:1 on white; never the only carrier of meaning (shape and word go with it). */
export const RAG_COLOURS: Record<Rag, string> = { GREEN: "#00703C", AMBER: "#8A4D00", RED: "#B10E1E" };
export const NOT_RATED_COLOUR = "#505a5f";

const mark = (symbol: string): Content => ({ text: `${symbol} `, font: "Symbols" });

/** "● GREEN (On or above target)" in green, or "– Not rated" in grey. */
export function ragContent(rag: Rag | null): Content {
  if (!rag) return { text: [mark(ragSymbol(null)), "Not rated"], color: NOT_RATED_COLOUR };
  return {
    text: [mark(ragSymbol(rag)), { text: rag, bold: true }, ` (${ragLabel(rag)})`],
    color: RAG_COLOURS[rag],
  };
}

/** "↑ Much better" in green, or "– No trend" in grey. */
export function trendContent(trend: Rag | null): Content {
  if (!trend) return { text: [mark(trendSymbol(null)), "No trend"], color: NOT_RATED_COLOUR };
  return { text: [mark(trendSymbol(trend)), trendLabel(trend)], color: RAG_COLOURS[trend] };
}

/** "I / P": the SPC variation and assurance letters of the "Making Data Count" icons. */
export function spcLetters(spc: Spc | undefined): string {
  if (!spc) return "–";
  return `${variationLetter(spc.variation)} / ${assuranceLetter(spc.assurance)}`;
}

/** "21.9% (2016-17)": a benchmark with the year it describes. */
export function benchmarkText(row: ScorecardRow, kind: BenchmarkValue["kind"]): string {
  const benchmark = row.benchmarks.find((entry) => entry.kind === kind);
  if (!benchmark) return "—";
  return `${figureText(benchmark.value, benchmark.unit, row.decimals)} (${benchmark.period})`;
}
