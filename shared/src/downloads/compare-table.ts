import type { ScorecardAreaFigure, ScorecardResponse, ScorecardRow } from "../api-schema.ts";
import type { DownloadColumn, DownloadTable } from "./table.ts";

/** One cell of the compare-areas matrix: an indicator in one area (the whole authority included). */
export type CompareCell = {
  row: ScorecardRow;
  areaId: string;
  areaName: string;
  figure: Pick<ScorecardAreaFigure, "value" | "numerator" | "denominator" | "ratePer10k" | "rag"> & {
    source: string | null;
  };
};

/** The matrix in long form (indicator × area, one line each), the shape Power BI and pivot tables read. */
export function compareCells(scorecard: ScorecardResponse): CompareCell[] {
  return scorecard.rows.flatMap((row) => [
    { row, areaId: scorecard.area.id, areaName: scorecard.area.name, figure: row },
    ...row.areas.map((area) => ({ row, areaId: area.areaId, areaName: area.name, figure: area })),
  ]);
}

const figureColumn = (header: string, value: (cell: CompareCell) => number | null) =>
  ({
    header,
    kind: "number",
    rowKind: (cell) => (cell.row.unit === "percent" ? "percent" : "number"),
    rowDecimals: (cell) => cell.row.decimals,
    value,
  }) satisfies DownloadColumn<CompareCell>;

/** The compare page's matrix: each indicator's value and RAG in every area, with the raw figures. */
export function compareTable(scorecard: ScorecardResponse): DownloadTable<CompareCell> {
  const rows = compareCells(scorecard);
  return {
    title: `Compare areas ${scorecard.period}`,
    rows,
    about: [
      { label: "Month", text: scorecard.period },
      { label: "Status", text: scorecard.status },
      { label: "Layout", text: "One line per indicator and area; the whole authority's line first." },
      {
        label: "Illustrative",
        text: rows.some((cell) => cell.figure.source === "illustrative")
          ? "Yes: some figures are illustrative (synthetic), marked in the Source column."
          : "No: every figure is as published.",
      },
      {
        label: "Percentages",
        text: "In CSV, percent figures are 0–100 as in the API; in Excel they are true percentages.",
      },
    ],
    columns: [
      { header: "Ref", kind: "integer", value: (cell) => cell.row.ref },
      { header: "Indicator", kind: "text", value: (cell) => cell.row.title },
      { header: "Month", kind: "date-month", value: () => scorecard.period },
      { header: "Area code", kind: "text", value: (cell) => cell.areaId },
      { header: "Area", kind: "text", value: (cell) => cell.areaName },
      figureColumn("Value", (cell) => cell.figure.value),
      { header: "RAG", kind: "text", value: (cell) => cell.figure.rag },
      { header: "Numerator", kind: "number", decimals: 0, value: (cell) => cell.figure.numerator },
      { header: "Denominator", kind: "number", decimals: 0, value: (cell) => cell.figure.denominator },
      { header: "Rate per 10,000", kind: "number", decimals: 1, value: (cell) => cell.figure.ratePer10k },
      { header: "Unit", kind: "text", value: (cell) => cell.row.unit },
      { header: "Source", kind: "text", value: (cell) => cell.figure.source },
      { header: "Status", kind: "text", value: () => scorecard.status },
    ],
  };
}
