import { createLazyRoute } from "@tanstack/react-router";
import { ComparePage } from "../../features/compare/components/compare-page.tsx";

export const compareLazyRoute = createLazyRoute("/compare")({ component: CompareRoute });

function CompareRoute() {
  const search = compareLazyRoute.useSearch();
  const navigate = compareLazyRoute.useNavigate();
  return (
    <ComparePage
      search={search}
      onSearchChange={(patch) => navigate({ search: (prev) => ({ ...prev, ...patch }), resetScroll: false })}
    />
  );
}
