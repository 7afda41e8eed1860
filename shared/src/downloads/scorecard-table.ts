import type { ScorecardResponse, ScorecardRow } from "../api-schema.ts";
import type { DownloadColumn, DownloadTable } from "./table.ts";

const benchmark = (row: ScorecardRow, kind: string) =>
  row.benchmarks.find((candidate) => candidate.kind === kind) ?? null;

/** A figure column typed by the row's unit: percents as percentages, others as numbers. */
const figureColumn = (header: string, value: (row: ScorecardRow) => number | null) =>
  ({
    header,
    kind: "number",
    rowKind: (row) => (row.unit === "percent" ? "percent" : "number"),
    rowDecimals: (row) => row.decimals,
    value,
  }) satisfies DownloadColumn<ScorecardRow>;

const unique = (texts: string[]) => [...new Set(texts)];

/** The scorecard's on-screen columns plus the raw numerator, denominator, unit and source. */
export function scorecardTable(scorecard: ScorecardResponse): DownloadTable<ScorecardRow> {
  return {
    title: `Scorecard ${scorecard.period} — ${scorecard.area.name}`,
    rows: scorecard.rows,
    about: [
      { label: "Organisation area", text: scorecard.area.name },
      { label: "Month", text: scorecard.period },
      { label: "Status", text: scorecard.status },
      {
        label: "Illustrative",
        text: scorecard.rows.some((row) => row.source === "illustrative")
          ? "Yes: some figures are illustrative (synthetic), marked in the Source column."
          : "No: every figure is as published.",
      },
      { label: "Statistical neighbours", text: scorecard.statisticalNeighbourModel.label },
      {
        label: "Percentages",
        text: "In CSV, percent figures are 0–100 as in the API; in Excel they are true percentages.",
      },
      ...unique(scorecard.rows.flatMap((row) => row.benchmarks.map((b) => `${b.source} (${b.period})`))).map(
        (source) => ({ label: "Benchmark source", text: source }),
      ),
      ...scorecard.rows.map((row) => ({
        label: `Definition ${row.ref}`,
        text: `${row.title}: unit ${row.unit}, polarity ${row.polarity}, ${row.decimals} decimals`,
      })),
    ],
    columns: [
      { header: "Ref", kind: "integer", value: (row) => row.ref },
      { header: "Indicator", kind: "text", value: (row) => row.title },
      { header: "Month", kind: "date-month", value: () => scorecard.period },
      { header: "Area", kind: "text", value: () => scorecard.area.name },
      figureColumn("Value", (row) => row.value),
      { header: "Numerator", kind: "number", decimals: 0, value: (row) => row.numerator },
      { header: "Denominator", kind: "number", decimals: 0, value: (row) => row.denominator },
      { header: "Unit", kind: "text", value: (row) => row.unit },
      { header: "Baseline", kind: "text", value: (row) => row.baseline?.label ?? null },
      figureColumn("Baseline value", (row) => row.baseline?.value ?? null),
      figureColumn("Target", (row) => row.target),
      { header: "Target from", kind: "date-month", value: (row) => row.targetEffectiveFrom },
      { header: "RAG", kind: "text", value: (row) => row.rag },
      { header: "Trend", kind: "text", value: (row) => row.trend },
      figureColumn("England", (row) => benchmark(row, "national")?.value ?? null),
      figureColumn(
        "Statistical neighbours",
        (row) => benchmark(row, "statistical_neighbours")?.value ?? null,
      ),
      {
        header: "Benchmark period",
        kind: "text",
        value: (row) => benchmark(row, "national")?.period ?? null,
      },
      { header: "Commentary", kind: "text", value: (row) => row.commentary },
      { header: "Source", kind: "text", value: (row) => row.source },
      { header: "Status", kind: "text", value: () => scorecard.status },
    ],
  };
}
