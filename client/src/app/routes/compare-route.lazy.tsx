import { createLazyRoute } from "@tanstack/react-router";
import { ComparePage } from "../../features/compare/components/compare-page.tsx";

export const compareLazyRoute = createLazyRoute("/o/$org/compare")({ component: CompareRoute });

function CompareRoute() {
  const { organisation } = compareLazyRoute.useRouteContext();
  const search = compareLazyRoute.useSearch();
  const navigate = compareLazyRoute.useNavigate();
  return (
    <ComparePage
      org={organisation.slug}
      search={search}
      onSearchChange={(patch) => navigate({ search: (prev) => ({ ...prev, ...patch }), resetScroll: false })}
    />
  );
}
