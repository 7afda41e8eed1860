import type { IndicatorSearch } from "@scorecard/shared/api-schema";
import { type ReactNode, useEffect } from "react";
import { useAreas } from "../../../api/get-areas.ts";
import { useIndicators } from "../../../api/get-indicators.ts";
import { usePeriods } from "../../../api/get-periods.ts";
import { AreaPicker } from "../../../components/area-picker.tsx";
import { ErrorState, LoadingState } from "../../../components/page-state.tsx";
import { RagLegend } from "../../../components/rag-legend.tsx";
import { ViewToggle } from "../../../components/view-toggle.tsx";
import type { PageSearchProps } from "../../../lib/page-search.ts";
import { IndicatorHeading } from "./indicator-heading.tsx";
import { IndicatorSeries } from "./indicator-series.tsx";
import { MonthRangePicker } from "./month-range-picker.tsx";
import { IndicatorNotFound, InvertedRange } from "./page-notices.tsx";
import "./indicator-page.css";
import { FilterForm } from "../../../components/filter-form.tsx";

/** One indicator over time for one area: trend and SPC charts, the figures, commentary and targets. */
export function IndicatorPage({
  org,
  indicatorId,
  search,
  onSearchChange,
  adminLink,
}: { org: string; indicatorId: string; adminLink?: ReactNode } & PageSearchProps<IndicatorSearch>) {
  const indicators = useIndicators(org);
  const areas = useAreas(org);
  const periods = usePeriods(org);
  const { area: areaId, view, measure } = search;
  const from = search.from ?? null;
  const to = search.to ?? null;
  const period = search.period ?? null;

  const indicator = indicators.data?.indicators.find((candidate) => candidate.id === indicatorId);
  const areaName = areas.data?.areas.find((area) => area.id === areaId)?.name ?? areaId;

  useEffect(() => {
    if (indicator) document.title = `${indicator.title}, ${areaName} · Scorecard`;
  }, [indicator, areaName]);

  if (indicators.isError) {
    return <ErrorState what="the indicator" error={indicators.error} onRetry={() => indicators.refetch()} />;
  }
  if (areas.isError) {
    return <ErrorState what="the list of areas" error={areas.error} onRetry={() => areas.refetch()} />;
  }
  if (indicators.isPending || areas.isPending) return <LoadingState>Loading the indicator…</LoadingState>;
  if (!indicator) return <IndicatorNotFound indicatorId={indicatorId} />;

  return (
    <>
      <IndicatorHeading
        indicator={indicator}
        areaName={areaName}
        areaId={areaId}
        period={period}
        adminLink={adminLink}
      />
      <FilterForm label="Choose area and months">
        <AreaPicker
          areas={areas.data.areas}
          value={areaId}
          onChange={(next) => onSearchChange({ area: next })}
        />
        <MonthRangePicker
          months={periods.data?.periods.map((entry) => entry.period) ?? []}
          from={from}
          to={to}
          onChange={(range) => onSearchChange({ from: range.from ?? undefined, to: range.to ?? undefined })}
        />
      </FilterForm>
      <ViewToggle
        view={view}
        onChange={(next) => onSearchChange({ view: next })}
        label="Show the figures as charts or as a table"
      />
      {from && to && from > to ? (
        <InvertedRange from={from} to={to} />
      ) : (
        <IndicatorSeries
          org={org}
          indicator={indicator}
          areaId={areaId}
          areaName={areaName}
          from={from}
          to={to}
          view={view}
          measure={measure}
          onMeasureChange={(next) => onSearchChange({ measure: next })}
          scorecardPeriod={period}
        />
      )}
      <RagLegend />
    </>
  );
}
