import { lazy, Suspense } from "react";
import { AppLink } from "../components/app-link.tsx";
import { EmptyState, LoadingState } from "../components/page-state.tsx";
import { ScorecardPage } from "../features/scorecard/components/scorecard-page.tsx";
import { useLocation } from "../lib/url-state.ts";

// Chart pages load on demand, so the scorecard's first load carries no chart library.
const ComparePage = lazy(() =>
  import("../features/compare/components/compare-page.tsx").then((module) => ({
    default: module.ComparePage,
  })),
);
const BenchmarksPage = lazy(() =>
  import("../features/benchmarks/components/benchmarks-page.tsx").then((module) => ({
    default: module.BenchmarksPage,
  })),
);
const IndicatorPage = lazy(() =>
  import("../features/indicator/components/indicator-page.tsx").then((module) => ({
    default: module.IndicatorPage,
  })),
);

export type RouteMatch =
  | { page: "scorecard" }
  | { page: "compare" }
  | { page: "benchmarks" }
  | { page: "indicator"; indicatorId: string }
  | { page: "not-found" };

export function matchRoute(pathname: string): RouteMatch {
  if (pathname === "/" || pathname === "") return { page: "scorecard" };
  if (pathname === "/compare") return { page: "compare" };
  if (pathname === "/benchmarks") return { page: "benchmarks" };
  const indicator = /^\/indicators\/([a-z0-9-]+)\/?$/.exec(pathname);
  if (indicator?.[1]) return { page: "indicator", indicatorId: indicator[1] };
  return { page: "not-found" };
}

export function Router() {
  const { pathname } = useLocation();
  const route = matchRoute(pathname);
  return (
    <Suspense fallback={<LoadingState>Loading the page…</LoadingState>}>
      {route.page === "scorecard" && <ScorecardPage />}
      {route.page === "compare" && <ComparePage />}
      {route.page === "benchmarks" && <BenchmarksPage />}
      {route.page === "indicator" && <IndicatorPage indicatorId={route.indicatorId} />}
      {route.page === "not-found" && (
        <EmptyState title="Page not found">
          <p>
            There is no page at this address. <AppLink href="/">Go to the monthly scorecard</AppLink>.
          </p>
        </EmptyState>
      )}
    </Suspense>
  );
}
