import { createLazyRoute } from "@tanstack/react-router";
import { IndicatorPage } from "../../features/indicator/components/indicator-page.tsx";

export const indicatorLazyRoute = createLazyRoute("/o/$org/indicators/$indicatorId")({
  component: IndicatorRoute,
});

function IndicatorRoute() {
  const { indicatorId } = indicatorLazyRoute.useParams();
  const { organisation } = indicatorLazyRoute.useRouteContext();
  const search = indicatorLazyRoute.useSearch();
  const navigate = indicatorLazyRoute.useNavigate();
  return (
    <IndicatorPage
      org={organisation.slug}
      indicatorId={indicatorId}
      search={search}
      onSearchChange={(patch) => navigate({ search: (prev) => ({ ...prev, ...patch }), resetScroll: false })}
    />
  );
}
