import type { BenchmarkMeasure, SnModel } from "@scorecard/shared/api-schema";
import { ErrorState, LoadingState } from "../../../components/page-state.tsx";
import { ViewToggle } from "../../../components/view-toggle.tsx";
import { axisDomain } from "../../../lib/axis-domain.ts";
import { useBenchmarkHistory } from "../api/get-benchmark-history.ts";
import { BENCHMARKS_ERROR_ADVICE } from "./benchmark-words.ts";
import { HistoryChart, historyChartConfig } from "./history-chart.tsx";
import { historyDescription, historyRows } from "./history-rows.ts";
import { HistoryTable } from "./history-table.tsx";

const TABLE_ID = "benchmark-history-table";

/** The LA, England, its region and its neighbours' mean over every year held: chart and table. */
export function BenchmarkHistory({
  measure,
  laCode,
  model,
  modelLabel,
  view,
  onViewChange,
}: {
  measure: BenchmarkMeasure;
  laCode: string;
  model: SnModel;
  modelLabel: string;
  view: "chart" | "table";
  onViewChange: (view: "chart" | "table") => void;
}) {
  const history = useBenchmarkHistory({ indicator: measure.id, la: laCode, model });
  if (history.isPending) return <LoadingState>Loading the figures for every year…</LoadingState>;
  if (history.isError) {
    return (
      <ErrorState
        what="the figures for every year"
        error={history.error}
        onRetry={() => history.refetch()}
        advice={BENCHMARKS_ERROR_ADVICE}
      />
    );
  }
  const rows = historyRows(history.data, measure);
  const config = historyChartConfig(history.data.la.name, history.data.regionName);
  const names = {
    value: history.data.la.name,
    national: "England",
    region: config.region.label,
    neighboursMean: "statistical neighbours' mean",
  };
  const domain = axisDomain(
    rows.flatMap((row) => [row.value, row.national, row.region, row.neighboursMean]),
    measure.unit,
  );
  const table = (
    <HistoryTable id={TABLE_ID} history={history.data} measure={measure} modelLabel={modelLabel} />
  );
  return (
    <>
      <ViewToggle view={view} onChange={onViewChange} label="Show the years as a chart or as a table" />
      {view === "chart" && (
        <HistoryChart
          rows={rows}
          measure={measure}
          config={config}
          domain={domain}
          description={historyDescription(rows, names, measure)}
          tableId={TABLE_ID}
        />
      )}
      {table}
    </>
  );
}
