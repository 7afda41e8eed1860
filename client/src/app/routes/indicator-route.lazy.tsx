import { createLazyRoute } from "@tanstack/react-router";
import { IndicatorPage } from "../../features/indicator/components/indicator-page.tsx";

export const indicatorLazyRoute = createLazyRoute("/indicators/$indicatorId")({ component: IndicatorRoute });

function IndicatorRoute() {
  const { indicatorId } = indicatorLazyRoute.useParams();
  const search = indicatorLazyRoute.useSearch();
  const navigate = indicatorLazyRoute.useNavigate();
  return (
    <IndicatorPage
      indicatorId={indicatorId}
      search={search}
      onSearchChange={(patch) => navigate({ search: (prev) => ({ ...prev, ...patch }), resetScroll: false })}
    />
  );
}
