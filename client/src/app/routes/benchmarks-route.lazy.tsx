import { createLazyRoute } from "@tanstack/react-router";
import { BenchmarksPage } from "../../features/benchmarks/components/benchmarks-page.tsx";

export const benchmarksLazyRoute = createLazyRoute("/o/$org/benchmarks")({ component: BenchmarksRoute });

function BenchmarksRoute() {
  const { organisation } = benchmarksLazyRoute.useRouteContext();
  const search = benchmarksLazyRoute.useSearch();
  const navigate = benchmarksLazyRoute.useNavigate();
  return (
    <BenchmarksPage
      // Without an LA in the address, the organisation's own authority is the one benchmarked.
      search={{ ...search, la: search.la ?? organisation.laCode }}
      onSearchChange={(patch) => navigate({ search: (prev) => ({ ...prev, ...patch }), resetScroll: false })}
    />
  );
}
