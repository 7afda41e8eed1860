import { ragSchema } from "@scorecard/shared/indicator-schema";
import { ragSymbol, trendSymbol } from "@scorecard/shared/rag-symbols";
import { ragLabel, trendLabel } from "@scorecard/shared/trend-rating";
import type { Content } from "pdfmake/interfaces";
import type { BoardPackInput } from "./board-pack-input.ts";
import { RAG_COLOURS } from "./rating-text.ts";
import { headingId } from "./tag-structure.ts";

/** Every distinct benchmark source with the year it describes, as the rows quote them. */
function sourceLines(input: BoardPackInput): string[] {
  const lines = new Set<string>();
  for (const row of input.scorecard.rows) {
    for (const benchmark of row.benchmarks)
      lines.add(`${benchmark.source} (figures for ${benchmark.period})`);
  }
  return [...lines].sort();
}

/** Which figures are illustrative (generated) rather than printed in a council paper. */
function illustrativeLines(input: BoardPackInput): string[] {
  return input.scorecard.rows.flatMap((row) => {
    const areas = row.areas.filter((area) => area.source === "illustrative").map((area) => area.name);
    const own = row.source === "illustrative" ? ["the figure"] : [];
    const parts = [...own, ...(areas.length ? [`areas: ${areas.join(", ")}`] : [])];
    return parts.length ? [`${row.ref}. ${row.title}: ${parts.join("; ")}`] : [];
  });
}

/** The last page: what the marks mean, where the benchmarks come from, what is illustrative. */
export function keyAndSources(input: BoardPackInput): Content[] {
  const illustrative = illustrativeLines(input);
  return [
    { text: "Key and sources", style: "heading", pageBreak: "before", id: headingId("H1", "key") },
    { text: "Ratings", style: "subheading", id: headingId("H2", "key-ratings") },
    {
      ul: ragSchema.options.map((rag) => ({
        text: [
          { text: `${ragSymbol(rag)} `, font: "Symbols" },
          { text: rag, bold: true },
          `: ${ragLabel(rag)}.   Trend `,
          { text: `${trendSymbol(rag)} `, font: "Symbols" },
          `${trendLabel(rag)} than the baseline.`,
        ],
        color: RAG_COLOURS[rag],
      })),
    },
    {
      text: "SPC letters follow NHS England's Making Data Count: variation I (special cause improvement), C (concern), N (neither better nor worse), ~ (common cause); assurance P (consistently meets the target), F (consistently misses it), ? (sometimes meets, sometimes misses).",
      margin: [0, 4, 0, 0],
    },
    { text: "Sources", style: "subheading", id: headingId("H2", "key-sources") },
    { ul: sourceLines(input) },
    { text: "Illustrative figures", style: "subheading", id: headingId("H2", "key-illustrative") },
    illustrative.length
      ? {
          stack: [
            {
              text: "Generated for demonstration, not taken from a council paper (marked * in area tables):",
            },
            { ul: illustrative },
          ],
        }
      : { text: "None: every figure in this pack was printed in a council paper." },
  ];
}
