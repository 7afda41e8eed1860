import type { Indicator, SeriesResponse, TargetsResponse } from "@scorecard/shared/api-schema";
import { shownDecimals } from "@scorecard/shared/figure-format";
import type { UseQueryResult } from "@tanstack/react-query";
import { DownloadLinks } from "../../../components/download-links.tsx";
import { ErrorState, LoadingState } from "../../../components/page-state.tsx";
import { BenchmarkTable } from "./benchmark-table.tsx";
import { benchmarksInRange } from "./chart-rows.ts";
import { CommentaryList } from "./commentary-list.tsx";
import { TargetHistory } from "./target-history.tsx";

/** Below the figures: what the papers said each month, how the target changed, and the benchmarks. */
export function IndicatorHistory({
  indicator,
  commentary,
  benchmarks,
  months,
  targets,
  indicatorPath,
}: {
  indicator: Indicator;
  commentary: SeriesResponse["commentary"];
  benchmarks: SeriesResponse["benchmarks"];
  /** The months charted: the benchmark table lists the figures in force in them. */
  months: readonly string[];
  targets: UseQueryResult<TargetsResponse>;
  /** `/api/orgs/{org}/indicators/{id}`: where the target history downloads are. */
  indicatorPath: string;
}) {
  return (
    <>
      <CommentaryList commentary={commentary} />
      <section className="indicator-section" aria-labelledby="indicator-targets">
        <h2 id="indicator-targets">Target history</h2>
        {targets.isPending && <LoadingState>Loading the target history…</LoadingState>}
        {targets.isError && (
          <ErrorState what="the target history" error={targets.error} onRetry={() => targets.refetch()} />
        )}
        {targets.isSuccess && (
          <>
            <TargetHistory targets={targets.data} title={indicator.title} decimals={indicator.decimals} />
            <DownloadLinks
              path={`${indicatorPath}/targets`}
              what={`the target history of ${indicator.title}`}
            />
          </>
        )}
      </section>
      <section className="indicator-section" aria-labelledby="indicator-benchmarks">
        <h2 id="indicator-benchmarks">Benchmarks</h2>
        <BenchmarkTable
          benchmarks={benchmarksInRange(benchmarks, months)}
          months={months}
          title={indicator.title}
          unit={indicator.unit}
          decimals={shownDecimals(indicator.unit, indicator.decimals)}
        />
      </section>
    </>
  );
}
