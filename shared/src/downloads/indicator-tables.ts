import type { SeriesPoint, SeriesResponse, TargetsResponse } from "../api-schema.ts";
import type { ColumnKind, DownloadTable } from "./table.ts";

type TargetEntry = TargetsResponse["targets"][number];

const figureKind = (unit: string): ColumnKind => (unit === "percent" ? "percent" : "number");

/** One indicator month by month, each month with its SPC fields (limits, special cause, rules). */
export function seriesTable(series: SeriesResponse): DownloadTable<SeriesPoint> {
  const spcByPeriod = new Map(series.spc.points.map((point) => [point.period, point]));
  const kind = figureKind(series.unit);
  return {
    title: `${series.indicatorId} for ${series.areaId}, month by month`,
    rows: series.points,
    about: [
      { label: "Indicator", text: series.indicatorId },
      { label: "Area", text: series.areaId },
      { label: "Unit", text: series.unit },
      {
        label: "SPC",
        text: `XmR chart: variation ${series.spc.variation ?? "none"}, assurance ${series.spc.assurance ?? "none"}${
          series.spc.trial ? " (trial limits)" : ""
        }`,
      },
      {
        label: "Illustrative",
        text: series.points.some((point) => point.source === "illustrative")
          ? "Yes: some months are illustrative (synthetic), marked in the Source column."
          : "No: every month is as published.",
      },
    ],
    columns: [
      { header: "Month", kind: "date-month", value: (point) => point.period },
      { header: "Value", kind, value: (point) => point.value },
      { header: "Numerator", kind: "number", decimals: 0, value: (point) => point.numerator },
      { header: "Denominator", kind: "number", decimals: 0, value: (point) => point.denominator },
      { header: "Rate per 10,000", kind: "number", decimals: 1, value: (point) => point.ratePer10k },
      { header: "Unit", kind: "text", value: () => series.unit },
      { header: "Target", kind, value: (point) => point.target },
      { header: "RAG", kind: "text", value: (point) => point.rag },
      { header: "SPC mean", kind, value: () => series.spc.mean },
      { header: "Upper process limit", kind, value: () => series.spc.upperProcessLimit },
      { header: "Lower process limit", kind, value: () => series.spc.lowerProcessLimit },
      {
        header: "Special cause",
        kind: "text",
        value: (point) => spcByPeriod.get(point.period)?.specialCause ?? null,
      },
      {
        header: "SPC rules",
        kind: "text",
        value: (point) => spcByPeriod.get(point.period)?.rules.join(" ") || null,
      },
      { header: "Source", kind: "text", value: (point) => point.source },
    ],
  };
}

/** The full target history of an indicator, with the reason for each change. */
export function targetsTable(targets: TargetsResponse): DownloadTable<TargetEntry> {
  return {
    title: `${targets.indicatorId}: target history`,
    rows: targets.targets,
    about: [
      { label: "Indicator", text: targets.indicatorId },
      { label: "Unit", text: targets.unit },
    ],
    columns: [
      { header: "Effective from", kind: "date-month", value: (entry) => entry.effectiveFrom },
      { header: "Target", kind: figureKind(targets.unit), value: (entry) => entry.value },
      { header: "Unit", kind: "text", value: () => targets.unit },
      { header: "Reason", kind: "text", value: (entry) => entry.reason },
      { header: "Recorded at", kind: "date", value: (entry) => entry.recordedAt },
    ],
  };
}
