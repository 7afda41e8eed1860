import type { QueryClient } from "@tanstack/react-query";
import { createRootRouteWithContext, Outlet } from "@tanstack/react-router";
import { ScorecardLink } from "../../components/page-links.tsx";
import { EmptyState } from "../../components/page-state.tsx";
import { SiteHeader } from "./site-header.tsx";

/** What every route's `beforeLoad` and loader can use; a guard reads the session through the query client. */
export interface RouterContext {
  queryClient: QueryClient;
}

function AppLayout() {
  return (
    <>
      <a className="skip-link" href="#main">
        Skip to main content
      </a>
      <SiteHeader />
      <main id="main" tabIndex={-1}>
        <Outlet />
      </main>
      <footer className="site-footer no-print">
        <p>
          Figures from Birmingham City Council's published performance scorecards; months without a paper are
          illustrative. Ratings follow the council's legend: see the key on each page.
        </p>
      </footer>
    </>
  );
}

export function PageNotFound() {
  return (
    <EmptyState title="Page not found">
      <p>
        There is no page at this address. <ScorecardLink>Go to the monthly scorecard</ScorecardLink>.
      </p>
    </EmptyState>
  );
}

export const rootRoute = createRootRouteWithContext<RouterContext>()({
  component: AppLayout,
  notFoundComponent: PageNotFound,
});
