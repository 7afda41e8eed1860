import type { ScorecardRow, SeriesResponse, TargetsResponse } from "@scorecard/shared/api-schema";
import { periodLabel, periodLongLabel } from "@scorecard/shared/periods";
import { assuranceLabel, variationLabel } from "@scorecard/shared/rag-symbols";
import type { Content, TableCell } from "pdfmake/interfaces";
import type { BoardPackInput } from "./board-pack-input.ts";
import { CHART_HEIGHT, CHART_KEY, CHART_WIDTH, spcChartSvg, trendChartSvg } from "./chart-svg.ts";
import { figureText } from "./figure-text.ts";
import { benchmarkText, NOT_RATED_COLOUR, ragContent, spcLetters, trendContent } from "./rating-text.ts";
import { headingId } from "./tag-structure.ts";

function chartKey(entries: readonly { label: string; colour: string }[]): Content {
  return {
    text: entries.flatMap((entry) => [
      { text: "■ ", font: "Symbols", color: entry.colour },
      { text: `${entry.label}   ` },
    ]),
    style: "note",
  };
}

/** The chart's figures as a table too, so no one needs to read them off the line. */
function monthsTable(row: ScorecardRow, series: SeriesResponse): Content {
  const value = (figure: number | null) => figureText(figure, row.unit, row.decimals);
  return {
    table: {
      widths: ["auto", ...series.points.map(() => "*")],
      body: [
        [
          { text: "Month", bold: true },
          ...series.points.map((point) => ({ text: periodLabel(point.period), bold: true })),
        ],
        ["Figure", ...series.points.map((point) => value(point.value))],
        ["Target", ...series.points.map((point) => value(point.target))],
      ],
    },
    layout: "lightHorizontalLines",
    fontSize: 6.5,
    margin: [0, 4, 0, 4],
  };
}

function areaTable(row: ScorecardRow): Content {
  if (row.areas.length === 0) return { text: "No area breakdown for this indicator.", style: "note" };
  const body: TableCell[][] = [
    [
      { text: "Area", bold: true },
      { text: "Figure", bold: true, alignment: "right" },
      { text: "RAG", bold: true },
    ],
    ...row.areas.map((area) => [
      area.source === "illustrative" ? `${area.name} *` : area.name,
      { text: figureText(area.value, row.unit, row.decimals), alignment: "right" as const },
      ragContent(area.rag),
    ]),
  ];
  return { table: { widths: ["*", 60, 110], body }, layout: "lightHorizontalLines", fontSize: 7.5 };
}

function targetHistoryLine(row: ScorecardRow, targets: TargetsResponse | undefined): string {
  if (!targets || targets.targets.length === 0) return "No target has been set.";
  return targets.targets
    .map((entry) => {
      const value = entry.value === null ? "no target" : figureText(entry.value, row.unit, row.decimals);
      return `from ${periodLongLabel(entry.effectiveFrom)}: ${value}${entry.reason ? ` (${entry.reason})` : ""}`;
    })
    .join("; ");
}

function spcLine(series: SeriesResponse): string {
  const { spc } = series;
  const variation = spc.variation ? variationLabel(spc.variation) : "Too few months for SPC";
  const assurance = spc.assurance ? `; ${assuranceLabel(spc.assurance)}` : "";
  return `${variation}${assurance}${spc.trial ? " (trial limits: fewer than 20 months)" : ""}.`;
}

function indicatorPage(row: ScorecardRow, input: BoardPackInput): Content[] {
  const series = input.series.get(row.indicatorId);
  const value = (figure: number | null | undefined) => figureText(figure, row.unit, row.decimals);
  const figures: Content = {
    columns: [
      {
        text: [
          { text: "Value ", style: "note" },
          { text: value(row.value), bold: true, fontSize: 12 },
        ],
        width: "auto",
      },
      {
        text: [
          { text: "Baseline ", style: "note" },
          row.baseline ? `${value(row.baseline.value)} (${row.baseline.label})` : "—",
        ],
        width: "auto",
      },
      { text: [{ text: "Target ", style: "note" }, value(row.target)], width: "auto" },
      { stack: [ragContent(row.rag)], width: "auto" },
      { stack: [trendContent(row.trend)], width: "auto" },
      { text: [{ text: "England ", style: "note" }, benchmarkText(row, "national")], width: "auto" },
      { text: [{ text: "SN ", style: "note" }, benchmarkText(row, "statistical_neighbours")], width: "auto" },
      { text: [{ text: "SPC ", style: "note" }, spcLetters(series?.spc)], width: "auto" },
    ],
    columnGap: 14,
    margin: [0, 0, 0, 6],
  };
  const charts: Content[] = series
    ? [
        {
          columns: [
            {
              stack: [
                { text: "13-month trend", style: "subheading", id: headingId("H2", `trend-${row.ref}`) },
                { svg: trendChartSvg(row, series), width: CHART_WIDTH, height: CHART_HEIGHT },
                chartKey(CHART_KEY.trend),
              ],
            },
            {
              stack: [
                { text: "SPC (XmR) chart", style: "subheading", id: headingId("H2", `spc-${row.ref}`) },
                { svg: spcChartSvg(series), width: CHART_WIDTH, height: CHART_HEIGHT },
                chartKey(CHART_KEY.spc),
                { text: spcLine(series), style: "note" },
              ],
            },
          ],
          columnGap: 20,
        },
        monthsTable(row, series),
      ]
    : [];
  return [
    {
      text: `${row.ref}. ${row.title}`,
      style: "heading",
      pageBreak: "before",
      id: headingId("H1", `indicator-${row.ref}`),
    },
    figures,
    ...charts,
    {
      columns: [
        {
          stack: [
            { text: "By area", style: "subheading", id: headingId("H2", `areas-${row.ref}`) },
            areaTable(row),
          ],
          width: 260,
        },
        {
          stack: [
            { text: "Commentary", style: "subheading", id: headingId("H2", `commentary-${row.ref}`) },
            {
              text: row.commentary ?? "No commentary this month.",
              color: row.commentary ? "#0b0c0c" : NOT_RATED_COLOUR,
            },
            { text: "Target history", style: "subheading", id: headingId("H2", `targets-${row.ref}`) },
            { text: targetHistoryLine(row, input.targets.get(row.indicatorId)), fontSize: 8 },
          ],
          width: "*",
        },
      ],
      columnGap: 20,
    },
  ];
}

/** A page per indicator, in scorecard order. */
export function indicatorPages(input: BoardPackInput): Content[] {
  return input.scorecard.rows.flatMap((row) => indicatorPage(row, input));
}
