import type { BenchmarkHistoryResponse, BenchmarkRankingResponse } from "../api-schema.ts";
import type { AboutLine, DownloadTable } from "./table.ts";

type HistoryYear = BenchmarkHistoryResponse["years"][number];
type RankingEntry = BenchmarkRankingResponse["entries"][number];

const dfeSource: AboutLine = {
  label: "Source",
  text: "DfE published statistics (Explore Education Statistics / LAIT), as held by this installation.",
};

/** The benchmarks history table: one LA's measure by year against England, region and neighbours. */
export function benchmarkHistoryTable(history: BenchmarkHistoryResponse): DownloadTable<HistoryYear> {
  return {
    title: `${history.indicatorId} for ${history.la.name} (${history.la.code}), every year held`,
    rows: history.years,
    about: [
      dfeSource,
      { label: "Measure", text: history.indicatorId },
      { label: "Statistical-neighbour model", text: history.model },
      { label: "Illustrative", text: "No: DfE's published figures." },
    ],
    columns: [
      { header: "Year", kind: "integer", value: (year) => year.year },
      { header: "Year label", kind: "text", value: (year) => year.yearLabel },
      { header: "LA code", kind: "text", value: () => history.la.code },
      { header: "LA", kind: "text", value: () => history.la.name },
      { header: "Value", kind: "number", value: (year) => year.value },
      { header: "England", kind: "number", value: (year) => year.national },
      { header: history.regionName ?? "Region", kind: "number", value: (year) => year.region },
      { header: "Neighbours mean", kind: "number", value: (year) => year.neighboursMean },
      { header: "Neighbours median", kind: "number", value: (year) => year.neighboursMedian },
      { header: "Rank", kind: "integer", value: (year) => year.rank },
      { header: "Rank of", kind: "integer", value: (year) => year.rankOf },
      { header: "Quartile", kind: "text", value: (year) => year.quartile },
      { header: "Source", kind: "text", value: () => "DfE" },
    ],
  };
}

/** Every LA ranked for one measure and year. */
export function benchmarkRankingTable(ranking: BenchmarkRankingResponse): DownloadTable<RankingEntry> {
  return {
    title: `${ranking.indicatorId}, ${ranking.yearLabel}: every LA ranked`,
    rows: ranking.entries,
    about: [
      dfeSource,
      { label: "Measure", text: ranking.indicatorId },
      { label: "Vintage", text: ranking.yearLabel },
      { label: "Illustrative", text: "No: DfE's published figures." },
    ],
    columns: [
      { header: "Rank", kind: "integer", value: (entry) => entry.rank },
      { header: "LA code", kind: "text", value: (entry) => entry.code },
      { header: "LA", kind: "text", value: (entry) => entry.name },
      { header: "Region", kind: "text", value: (entry) => entry.regionName },
      { header: "Value", kind: "number", value: (entry) => entry.value },
      { header: "Suppression", kind: "text", value: (entry) => entry.suppression },
      { header: "Quartile", kind: "text", value: (entry) => entry.quartile },
      { header: "Year", kind: "text", value: () => ranking.yearLabel },
      { header: "Source", kind: "text", value: () => "DfE" },
    ],
  };
}
