import { type CompareSearch, DEFAULT_AREA_ID } from "@scorecard/shared/api-schema";
import { periodLongLabel } from "@scorecard/shared/periods";
import { useIndicators } from "../../../api/get-indicators.ts";
import { usePeriods } from "../../../api/get-periods.ts";
import { useScorecard } from "../../../api/get-scorecard.ts";
import { DownloadLinks } from "../../../components/download-links.tsx";
import { FilterForm } from "../../../components/filter-form.tsx";
import { EmptyState, ErrorState, LoadingState } from "../../../components/page-state.tsx";
import { PeriodPicker } from "../../../components/period-picker.tsx";
import { ViewToggle } from "../../../components/view-toggle.tsx";
import type { PageSearchProps } from "../../../lib/page-search.ts";
import { AreaBarChart } from "./area-bar-chart.tsx";
import { areaBars, matrixAreas, parseSelectedAreas, serialiseSelectedAreas } from "./area-figures.ts";
import { AreaSelector } from "./area-selector.tsx";
import { AreaTable } from "./area-table.tsx";
import { IndicatorPicker } from "./indicator-picker.tsx";
import { RagMatrix } from "./rag-matrix.tsx";

const TABLE_ID = "area-comparison-table";

/** Performance boards: one indicator across areas (chart and table), and every indicator × area. */
export function ComparePage({
  org,
  search,
  onSearchChange,
}: { org: string } & PageSearchProps<CompareSearch>) {
  const periods = usePeriods(org);
  const indicators = useIndicators(org);
  const latestPublished = periods.data?.periods.find((entry) => entry.source === "published")?.period ?? null;
  const period = search.period ?? latestPublished;
  const indicatorId = search.indicator ?? indicators.data?.indicators[0]?.id ?? null;
  const view = search.view;
  const selected = parseSelectedAreas(search.areas);
  // Areas are compared within the whole authority; the scorecard of the city carries every area's figure.
  const scorecard = useScorecard(period ? { org, period, area: DEFAULT_AREA_ID } : null);

  if (periods.isError)
    return <ErrorState what="the list of months" error={periods.error} onRetry={() => periods.refetch()} />;
  if (indicators.isError) {
    return (
      <ErrorState
        what="the list of indicators"
        error={indicators.error}
        onRetry={() => indicators.refetch()}
      />
    );
  }
  if (periods.isPending || indicators.isPending) return <LoadingState>Loading the comparison…</LoadingState>;
  if (!period || !indicatorId) {
    return (
      <EmptyState title="No figures yet">
        <p>No monthly figures have been loaded, so there is nothing to compare.</p>
      </EmptyState>
    );
  }

  const row = scorecard.data?.rows.find((candidate) => candidate.indicatorId === indicatorId);
  const allAreas = scorecard.data ? matrixAreas(scorecard.data) : [];

  return (
    <>
      <h1>
        Compare areas <span className="subtitle">{periodLongLabel(period)}</span>
      </h1>
      <FilterForm label="Choose month and indicator">
        <PeriodPicker
          periods={periods.data.periods}
          value={period}
          onChange={(next) => onSearchChange({ period: next })}
        />
        <IndicatorPicker
          indicators={indicators.data.indicators}
          value={indicatorId}
          onChange={(next) => onSearchChange({ indicator: next })}
        />
      </FilterForm>
      {allAreas.length > 0 && (
        <AreaSelector
          areas={allAreas}
          selected={selected}
          onChange={(next) =>
            onSearchChange({
              areas: serialiseSelectedAreas(
                next,
                allAreas.map((area) => area.areaId),
              ),
            })
          }
        />
      )}
      {scorecard.isPending && <LoadingState>Loading figures for {periodLongLabel(period)}…</LoadingState>}
      {scorecard.isError && (
        <ErrorState what="the figures" error={scorecard.error} onRetry={() => scorecard.refetch()} />
      )}
      {scorecard.isSuccess && !row && (
        <EmptyState title="Unknown indicator">
          <p>There is no indicator "{indicatorId}". Choose one from the list above.</p>
        </EmptyState>
      )}
      {scorecard.isSuccess && row && (
        <>
          <h2>
            {row.ref}. {row.title}
          </h2>
          {row.areas.length === 0 ? (
            <EmptyState title="No area figures">
              <p>
                {row.title} is reported for the whole authority only in {periodLongLabel(period)}. Choose
                another indicator or month.
              </p>
            </EmptyState>
          ) : (
            <>
              <ViewToggle view={view} label="Show as" onChange={(next) => onSearchChange({ view: next })} />
              {view === "chart" && (
                <AreaBarChart row={row} bars={areaBars(scorecard.data, row, selected)} tableId={TABLE_ID} />
              )}
              <div hidden={view === "chart"}>
                <AreaTable
                  id={TABLE_ID}
                  row={row}
                  bars={areaBars(scorecard.data, row, selected)}
                  period={periodLongLabel(period)}
                />
              </div>
            </>
          )}
          <RagMatrix scorecard={scorecard.data} selected={selected} period={period} />
          <DownloadLinks
            path={`/api/orgs/${encodeURIComponent(org)}/compare`}
            query={{ period }}
            what="every indicator in every area"
          />
        </>
      )}
    </>
  );
}
