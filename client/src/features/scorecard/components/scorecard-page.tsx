import type { ScorecardSearch } from "@scorecard/shared/api-schema";
import { periodLongLabel } from "@scorecard/shared/periods";
import { useAreas } from "../../../api/get-areas.ts";
import { useIndicators } from "../../../api/get-indicators.ts";
import { usePeriods } from "../../../api/get-periods.ts";
import { useScorecard } from "../../../api/get-scorecard.ts";
import { AreaPicker } from "../../../components/area-picker.tsx";
import { BoardPackLink, DownloadLinks } from "../../../components/download-links.tsx";
import { FilterForm } from "../../../components/filter-form.tsx";
import { DraftBanner, RevisedNotice } from "../../../components/month-notices.tsx";
import { EmptyState, ErrorState, LoadingState } from "../../../components/page-state.tsx";
import { PeriodPicker } from "../../../components/period-picker.tsx";
import { RagLegend } from "../../../components/rag-legend.tsx";
import type { PageSearchProps } from "../../../lib/page-search.ts";
import { ScorecardCards } from "./scorecard-cards.tsx";
import { ScorecardCommentary } from "./scorecard-commentary.tsx";
import { ScorecardSummary } from "./scorecard-summary.tsx";
import { ScorecardTable } from "./scorecard-table.tsx";

/** The monthly scorecard: the month and area from the URL, else the latest published month for the city. */
export function ScorecardPage({
  org,
  search,
  onSearchChange,
}: { org: string } & PageSearchProps<ScorecardSearch>) {
  const periods = usePeriods(org);
  const areas = useAreas(org);
  const indicators = useIndicators(org);
  const latestPublished = periods.data?.periods.find((entry) => entry.source === "published")?.period ?? null;
  const period = search.period ?? latestPublished;
  const areaId = search.area;
  const scorecard = useScorecard(period ? { org, period, area: areaId } : null);

  if (periods.isError)
    return <ErrorState what="the list of months" error={periods.error} onRetry={() => periods.refetch()} />;
  if (areas.isError)
    return <ErrorState what="the list of areas" error={areas.error} onRetry={() => areas.refetch()} />;
  if (periods.isPending || areas.isPending) return <LoadingState>Loading the scorecard…</LoadingState>;
  if (!period) {
    return (
      <EmptyState title="No figures yet">
        <p>
          No monthly figures have been loaded into this scorecard. Load a month's figures, then reload this
          page.
        </p>
      </EmptyState>
    );
  }

  const monthEntry = periods.data.periods.find((entry) => entry.period === period);
  const areaName = areas.data.areas.find((area) => area.id === areaId)?.name ?? areaId;

  return (
    <>
      <div className="page-heading">
        <h1>
          Performance scorecard{" "}
          <span className="subtitle">
            {areaName}, {periodLongLabel(period)}
          </span>
        </h1>
        <div className="page-actions no-print">
          <BoardPackLink org={org} period={period} area={areaId} className="button-link" />
          <button type="button" className="secondary" onClick={() => window.print()}>
            Print this page
          </button>
        </div>
      </div>
      <FilterForm label="Choose month and area">
        <PeriodPicker
          periods={periods.data.periods}
          value={period}
          onChange={(next) => onSearchChange({ period: next })}
        />
        <AreaPicker
          areas={areas.data.areas}
          value={areaId}
          onChange={(next) => onSearchChange({ area: next })}
        />
      </FilterForm>
      {monthEntry?.source === "illustrative" && (
        <p className="notice">
          <strong>Illustrative month.</strong> No council paper was published for {periodLongLabel(period)}:
          these figures are generated history, shown so trends can be read. Do not quote them.
        </p>
      )}
      {scorecard.data?.status === "draft" && (
        <DraftBanner state={scorecard.data.monthState} what={`${periodLongLabel(period)} is a draft`} />
      )}
      {scorecard.data?.revised && (
        <RevisedNotice revised={scorecard.data.revised} org={org} period={period} />
      )}
      {scorecard.isPending && <LoadingState>Loading figures for {periodLongLabel(period)}…</LoadingState>}
      {scorecard.isError && (
        <ErrorState what="the scorecard" error={scorecard.error} onRetry={() => scorecard.refetch()} />
      )}
      {scorecard.isSuccess &&
        (scorecard.data.rows.every((row) => row.value === null) ? (
          <EmptyState title={`No figures for ${areaName} in ${periodLongLabel(period)}`}>
            <p>Choose another month or area above. The whole authority has figures for every month listed.</p>
          </EmptyState>
        ) : (
          <>
            <ScorecardSummary rows={scorecard.data.rows} />
            <ScorecardTable scorecard={scorecard.data} indicators={indicators.data?.indicators ?? []} />
            <div className="download-bar no-print">
              <DownloadLinks
                path={`/api/orgs/${encodeURIComponent(org)}/scorecard`}
                query={{ period, area: areaId }}
                what="the scorecard"
              />
            </div>
            <ScorecardCards scorecard={scorecard.data} />
            <p className="chart-note">
              England and statistical-neighbour figures marked “DfE” are computed from DfE's published
              statistics for the latest year released by {periodLongLabel(period)}; neighbours are those of
              the {scorecard.data.statisticalNeighbourModel.label}. Figures marked “Paper” are as printed in
              the council's paper, for measures DfE does not publish by local authority.
            </p>
            <ScorecardCommentary rows={scorecard.data.rows} />
          </>
        ))}
      <RagLegend />
    </>
  );
}
