import type { BenchmarkMeasure, SnModel } from "@scorecard/shared/api-schema";
import { DownloadLinks } from "../../../components/download-links.tsx";
import { EmptyState, ErrorState, LoadingState } from "../../../components/page-state.tsx";
import { ApiError } from "../../../lib/api-client.ts";
import { useBenchmarkRanking } from "../api/get-benchmark-ranking.ts";
import { useBenchmarks } from "../api/get-benchmarks.ts";
import { BenchmarkHeadline } from "./benchmark-headline.tsx";
import { BenchmarkHistory } from "./benchmark-history.tsx";
import { BenchmarkRanking } from "./benchmark-ranking.tsx";
import type { LocalAuthority } from "./benchmark-selection.ts";
import { BENCHMARKS_ERROR_ADVICE } from "./benchmark-words.ts";
import { NeighboursTable } from "./neighbours-table.tsx";
import { NoFigureNotice } from "./no-figure-notice.tsx";
import { sharedRanks } from "./ranking-rows.ts";
import { longYearLabel, shortYearLabel } from "./year-labels.ts";

/** Everything for one measure, LA, year and model: headline, years, neighbours and the ranking. */
export function BenchmarkResults({
  measure,
  la,
  year,
  model,
  view,
  onViewChange,
}: {
  measure: BenchmarkMeasure;
  la: LocalAuthority;
  year: number;
  model: SnModel;
  view: "chart" | "table";
  onViewChange: (view: "chart" | "table") => void;
}) {
  const result = useBenchmarks({ indicator: measure.id, la: la.code, year, model });
  // The same query as the ranking table below, so it is fetched once; it tells whether the rank is shared.
  const ranking = useBenchmarkRanking({ indicator: measure.id, year });
  const yearText = shortYearLabel(measure, year);
  if (result.isPending) return <LoadingState>Loading the benchmarks for {la.name}…</LoadingState>;
  if (result.isError) {
    if (result.error instanceof ApiError && result.error.status === 404) {
      return (
        <EmptyState title="No benchmarks for this choice">
          <p>{result.error.message}.</p>
          <p>Choose another measure, local authority or year above.</p>
        </EmptyState>
      );
    }
    return (
      <ErrorState
        what="the benchmarks"
        error={result.error}
        onRetry={() => result.refetch()}
        advice={BENCHMARKS_ERROR_ADVICE}
      />
    );
  }
  const data = result.data;
  const neighbours = data.statisticalNeighbours;
  const jointRank =
    data.rank !== null && ranking.data ? sharedRanks(ranking.data.entries).has(data.rank) : false;
  return (
    <>
      <section className="bm-section" aria-labelledby="bm-headline-heading">
        <h2 id="bm-headline-heading">
          {la.name}, {longYearLabel(measure, year)}
        </h2>
        {data.value === null && (
          <NoFigureNotice
            measure={measure}
            laCode={la.code}
            laName={la.name}
            model={model}
            year={year}
            suppression={data.suppression}
          />
        )}
        <BenchmarkHeadline data={data} yearText={yearText} jointRank={jointRank} />
      </section>
      <section className="bm-section" aria-labelledby="bm-history-heading">
        <h2 id="bm-history-heading">Over the years</h2>
        <p>
          {la.name} each year against England, {data.region ? `the ${data.region.name} region` : "its region"}{" "}
          and the mean of its statistical neighbours in the {neighbours.modelLabel}.
        </p>
        <BenchmarkHistory
          measure={measure}
          laCode={la.code}
          model={model}
          modelLabel={neighbours.modelLabel}
          view={view}
          onViewChange={onViewChange}
        />
        <DownloadLinks
          path="/api/benchmarks/history"
          query={{ indicator: measure.id, la: la.code, model }}
          what={`${la.name}'s figures over the years`}
        />
      </section>
      <section className="bm-section" aria-labelledby="bm-neighbours-heading">
        <h2 id="bm-neighbours-heading">Statistical neighbours</h2>
        <p>
          Using the <strong className="bm-model">{neighbours.modelLabel}</strong>: the local authorities DfE
          judges most similar to {la.name} on a set of social and economic characteristics, closest first.
          “Closeness” is DfE's own description of how similar each one is.
        </p>
        <NeighboursTable data={data} yearText={yearText} />
      </section>
      <section className="bm-section" aria-labelledby="bm-ranking-heading">
        <h2 id="bm-ranking-heading">All local authorities, {yearText}</h2>
        <BenchmarkRanking
          measure={measure}
          year={year}
          laCode={la.code}
          laName={la.name}
          yearText={yearText}
        />
        <DownloadLinks
          path="/api/benchmarks/ranking"
          query={{ indicator: measure.id, year }}
          what={`the ranking of all local authorities, ${yearText},`}
        />
      </section>
    </>
  );
}
