import { createLazyRoute } from "@tanstack/react-router";
import { BenchmarksPage } from "../../features/benchmarks/components/benchmarks-page.tsx";

export const benchmarksLazyRoute = createLazyRoute("/benchmarks")({ component: BenchmarksRoute });

function BenchmarksRoute() {
  const search = benchmarksLazyRoute.useSearch();
  const navigate = benchmarksLazyRoute.useNavigate();
  return (
    <BenchmarksPage
      search={search}
      onSearchChange={(patch) => navigate({ search: (prev) => ({ ...prev, ...patch }), resetScroll: false })}
    />
  );
}
