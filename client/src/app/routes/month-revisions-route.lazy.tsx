import { periodLongLabel } from "@scorecard/shared/periods";
import { createLazyRoute } from "@tanstack/react-router";
import { useEffect } from "react";
import { useAreas } from "../../api/get-areas.ts";
import { useIndicators } from "../../api/get-indicators.ts";
import { LoadingState } from "../../components/page-state.tsx";
import { MonthRevisionsPage } from "../../features/revisions/components/month-revisions-page.tsx";

export const monthRevisionsLazyRoute = createLazyRoute("/o/$org/revisions/$period")({
  component: MonthRevisionsRoute,
});

function MonthRevisionsRoute() {
  const { organisation } = monthRevisionsLazyRoute.useRouteContext();
  const { period } = monthRevisionsLazyRoute.useParams();
  const indicators = useIndicators(organisation.slug);
  const areas = useAreas(organisation.slug);
  useEffect(() => {
    document.title = `${periodLongLabel(period)} revisions · ${organisation.name} · Scorecard`;
  }, [organisation.name, period]);
  if (indicators.isPending || areas.isPending) return <LoadingState>Loading…</LoadingState>;
  return (
    <MonthRevisionsPage
      org={organisation.slug}
      period={period}
      indicators={indicators.data?.indicators ?? []}
      areas={areas.data?.areas ?? []}
    />
  );
}
