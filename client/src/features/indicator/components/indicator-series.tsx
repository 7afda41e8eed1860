import { DEFAULT_AREA_ID, type Indicator } from "@scorecard/shared/api-schema";
import { shownDecimals } from "@scorecard/shared/figure-format";
import { periodLongLabel } from "@scorecard/shared/periods";
import { Link } from "@tanstack/react-router";
import { DownloadLinks } from "../../../components/download-links.tsx";
import { RevisedNotice } from "../../../components/month-notices.tsx";
import { EmptyState, ErrorState, LoadingState } from "../../../components/page-state.tsx";
import { ApiError } from "../../../lib/api-client.ts";
import { useIndicatorSeries } from "../api/get-indicator-series.ts";
import { useIndicatorTargets } from "../api/get-indicator-targets.ts";
import { chartMonths, type Measure } from "./chart-rows.ts";
import { IndicatorCharts } from "./indicator-charts.tsx";
import { IndicatorHistory } from "./indicator-history.tsx";
import { LatestMonth } from "./latest-month.tsx";
import { SeriesTable } from "./series-table.tsx";
import { SpcSummary } from "./spc-summary.tsx";

export const FIGURES_TABLE_ID = "indicator-figures";

/** The same page and months for the whole authority. */
function WholeAuthorityLink() {
  return (
    <Link to="." search={(prev) => ({ ...prev, area: DEFAULT_AREA_ID })}>
      see the whole authority
    </Link>
  );
}

/** Everything that depends on the series: the charts or table, the SPC reading, commentary and targets. */
export function IndicatorSeries({
  org,
  indicator,
  areaId,
  areaName,
  from,
  to,
  view,
  measure,
  onMeasureChange,
  scorecardPeriod,
}: {
  /** The organisation's slug. */
  org: string;
  indicator: Indicator;
  areaId: string;
  areaName: string;
  from: string | null;
  to: string | null;
  view: "chart" | "table";
  /** Number or rate per 10,000, for the trend chart. */
  measure: Measure;
  onMeasureChange: (measure: Measure) => void;
  scorecardPeriod: string | null;
}) {
  const series = useIndicatorSeries({ org, indicatorId: indicator.id, area: areaId, from, to });
  const targets = useIndicatorTargets(org, indicator.id);
  const decimals = shownDecimals(indicator.unit, indicator.decimals);
  const indicatorPath = `/api/orgs/${encodeURIComponent(org)}/indicators/${encodeURIComponent(indicator.id)}`;

  if (series.isPending) return <LoadingState>Loading the figures for {areaName}…</LoadingState>;
  if (series.isError) {
    if (series.error instanceof ApiError && series.error.status === 404) {
      return (
        <EmptyState title={`There is no area called “${areaId}”`}>
          <p>
            Choose an area above, or <WholeAuthorityLink />.
          </p>
        </EmptyState>
      );
    }
    const badRequest =
      series.error instanceof ApiError && series.error.status >= 400 && series.error.status < 500;
    return (
      <ErrorState
        what={`the figures for ${indicator.title}`}
        error={series.error}
        // Asking again cannot mend a bad request; it can mend a server that was briefly down.
        onRetry={badRequest ? undefined : () => series.refetch()}
      />
    );
  }

  const data = series.data;
  const range =
    from || to
      ? ` between ${from ? periodLongLabel(from) : "the first month"} and ${to ? periodLongLabel(to) : "the latest"}`
      : "";
  const history = (
    <IndicatorHistory
      indicator={indicator}
      commentary={data.commentary}
      benchmarks={data.benchmarks}
      months={chartMonths(data.points)}
      targets={targets}
      indicatorPath={indicatorPath}
    />
  );
  if (data.points.every((point) => point.value === null)) {
    return (
      <>
        <EmptyState title={`No figures for ${areaName}${range}`}>
          <p>
            {indicator.title} has no figures for {areaName}
            {range}. Choose another area or other months above
            {areaId === DEFAULT_AREA_ID ? "" : ", or "}
            {areaId !== DEFAULT_AREA_ID && <WholeAuthorityLink />}.
          </p>
        </EmptyState>
        {history}
      </>
    );
  }

  const tableSection = (
    <section className="indicator-section" aria-labelledby="indicator-figures-heading">
      <h2 id="indicator-figures-heading">Figures, month by month</h2>
      <SeriesTable
        id={FIGURES_TABLE_ID}
        series={data}
        indicator={indicator}
        areaName={areaName}
        decimals={decimals}
      />
      <DownloadLinks
        path={`${indicatorPath}/series`}
        query={{ area: areaId, from, to }}
        what={`${indicator.title} month by month, with its SPC limits,`}
      />
    </section>
  );

  return (
    <>
      {data.revisions.map((revised) => (
        <RevisedNotice
          key={`${revised.period} ${revised.revision}`}
          revised={revised}
          month={periodLongLabel(revised.period)}
          org={org}
          period={revised.period}
        />
      ))}
      <LatestMonth series={data} decimals={decimals} targetDecimals={indicator.decimals} />
      {view === "chart" ? (
        <>
          <IndicatorCharts
            series={data}
            targets={targets.data?.targets ?? null}
            indicator={indicator}
            areaName={areaName}
            decimals={decimals}
            tableId={FIGURES_TABLE_ID}
            scorecardPeriod={scorecardPeriod}
            measure={measure}
            onMeasureChange={onMeasureChange}
          />
          {tableSection}
        </>
      ) : (
        <>
          {tableSection}
          <section className="indicator-section" aria-labelledby="indicator-spc-heading">
            <h2 id="indicator-spc-heading">Statistical process control</h2>
            <SpcSummary
              spc={data.spc}
              unit={data.unit}
              decimals={decimals}
              targetDecimals={indicator.decimals}
            />
          </section>
        </>
      )}
      {history}
    </>
  );
}
