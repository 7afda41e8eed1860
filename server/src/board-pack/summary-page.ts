import type { ScorecardRow } from "@scorecard/shared/api-schema";
import type { Rag } from "@scorecard/shared/indicator-schema";
import { periodLongLabel } from "@scorecard/shared/periods";
import { ragSymbol } from "@scorecard/shared/rag-symbols";
import type { Content, TableCell } from "pdfmake/interfaces";
import type { BoardPackInput } from "./board-pack-input.ts";
import { figureText } from "./figure-text.ts";
import {
  benchmarkText,
  NOT_RATED_COLOUR,
  RAG_COLOURS,
  ragContent,
  spcLetters,
  trendContent,
} from "./rating-text.ts";
import { headingId } from "./tag-structure.ts";

const HEADINGS = ["Ref", "Indicator", "Value", "Baseline", "Target", "RAG", "Trend", "England", "SN", "SPC"];

/** How many indicators are green, amber, red and not rated this month. */
export function ragCounts(rows: readonly ScorecardRow[]): Record<Rag | "NONE", number> {
  const counts = { GREEN: 0, AMBER: 0, RED: 0, NONE: 0 };
  for (const row of rows) counts[row.rag ?? "NONE"]++;
  return counts;
}

function countsLine(rows: readonly ScorecardRow[]): Content {
  const counts = ragCounts(rows);
  const part = (rag: Rag, word: string): Content[] => [
    { text: `${ragSymbol(rag)} `, font: "Symbols", color: RAG_COLOURS[rag] },
    { text: `${counts[rag]} ${word}    `, color: RAG_COLOURS[rag], bold: true },
  ];
  return {
    text: [
      ...part("GREEN", "green"),
      ...part("AMBER", "amber"),
      ...part("RED", "red"),
      { text: `${ragSymbol(null)} `, font: "Symbols", color: NOT_RATED_COLOUR },
      { text: `${counts.NONE} not rated`, color: NOT_RATED_COLOUR, bold: true },
    ],
    margin: [0, 0, 0, 6],
  };
}

function summaryRow(row: ScorecardRow, input: BoardPackInput): TableCell[] {
  const value = (figure: number | null | undefined) => figureText(figure, row.unit, row.decimals);
  return [
    String(row.ref),
    { text: row.title, bold: true },
    { text: value(row.value), alignment: "right", bold: true },
    { text: row.baseline ? value(row.baseline.value) : "—", alignment: "right" },
    { text: value(row.target), alignment: "right" },
    ragContent(row.rag),
    trendContent(row.trend),
    { text: benchmarkText(row, "national"), alignment: "right" },
    { text: benchmarkText(row, "statistical_neighbours"), alignment: "right" },
    { text: spcLetters(input.series.get(row.indicatorId)?.spc), alignment: "center" },
  ];
}

/** Page 1: every indicator in one grid, with the month's counts above it. */
export function summaryPage(input: BoardPackInput): Content[] {
  const { scorecard } = input;
  return [
    {
      text: `Children's services scorecard: ${periodLongLabel(scorecard.period)}, ${scorecard.area.name}`,
      style: "title",
      id: headingId("H1", "summary"),
    },
    countsLine(scorecard.rows),
    {
      table: {
        headerRows: 1,
        widths: [18, "*", 52, 52, 52, 105, 68, 70, 70, 30],
        body: [
          HEADINGS.map((heading) => ({ text: heading, style: "tableHeader" })),
          ...scorecard.rows.map((row) => summaryRow(row, input)),
        ],
      },
      layout: "lightHorizontalLines",
      fontSize: 8,
    },
    {
      text:
        `England and SN (statistical neighbours, ${scorecard.statisticalNeighbourModel.label}) show the year each figure describes. ` +
        "SPC: variation letter / assurance letter (I improvement, C concern, N neither, ~ common cause; P pass, F fail, ? inconsistent). " +
        "The key and sources are on the last page.",
      fontSize: 7,
      color: NOT_RATED_COLOUR,
      margin: [0, 6, 0, 0],
    },
  ];
}
