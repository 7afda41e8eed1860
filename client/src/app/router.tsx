import type { QueryClient } from "@tanstack/react-query";
import { createBrowserHistory, createRouter, type RouterHistory } from "@tanstack/react-router";
import { ErrorState, LoadingState } from "../components/page-state.tsx";
import { accountRoute } from "./routes/account-route.ts";
import { areasRoute } from "./routes/areas-route.ts";
import { auditRoute } from "./routes/audit-route.ts";
import { benchmarksRoute } from "./routes/benchmarks-route.ts";
import { compareRoute } from "./routes/compare-route.ts";
import { indicatorRoute } from "./routes/indicator-route.ts";
import { indicatorSettingsRoute } from "./routes/indicator-settings-route.ts";
import {
  legacyBenchmarksRoute,
  legacyCompareRoute,
  legacyIndicatorRoute,
  legacyScorecardRoute,
} from "./routes/legacy-redirects.ts";
import { monthRevisionsRoute } from "./routes/month-revisions-route.ts";
import { monthRoute } from "./routes/month-route.ts";
import { monthsRoute } from "./routes/months-route.ts";
import { orgAdminLayout } from "./routes/org-admin-layout.ts";
import { orgEditorLayout } from "./routes/org-editor-layout.ts";
import { orgRoute } from "./routes/org-layout.ts";
import { peopleRoute } from "./routes/people-route.ts";
import { rootRoute } from "./routes/root-route.tsx";
import { scorecardRoute } from "./routes/scorecard-route.tsx";
import { setPasswordRoute } from "./routes/set-password-route.ts";
import { signInRoute } from "./routes/sign-in-route.ts";
import { signedInLayout } from "./routes/signed-in-layout.ts";
import { tokensRoute } from "./routes/tokens-route.ts";
import { parseSearch, stringifySearch } from "./search-string.ts";

export const routeTree = rootRoute.addChildren([
  orgRoute.addChildren([
    scorecardRoute,
    compareRoute,
    benchmarksRoute,
    indicatorRoute,
    monthRevisionsRoute,
    orgEditorLayout.addChildren([monthsRoute, monthRoute]),
    orgAdminLayout.addChildren([peopleRoute, areasRoute, indicatorSettingsRoute, tokensRoute, auditRoute]),
  ]),
  signedInLayout.addChildren([accountRoute]),
  signInRoute,
  setPasswordRoute,
  legacyScorecardRoute,
  legacyCompareRoute,
  legacyBenchmarksRoute,
  legacyIndicatorRoute,
]);

export function createAppRouter({
  queryClient,
  history = createBrowserHistory(),
}: {
  queryClient: QueryClient;
  history?: RouterHistory;
}) {
  return createRouter({
    routeTree,
    history,
    context: { queryClient },
    parseSearch,
    stringifySearch,
    // Back and forward return to where the reader was; a new page starts at the top.
    scrollRestoration: true,
    // Hovering or focusing a link fetches the page's code, so the chart pages open without a wait.
    defaultPreload: "intent",
    defaultPendingComponent: () => <LoadingState>Loading the page…</LoadingState>,
    defaultErrorComponent: ({ error, reset }) => (
      <ErrorState
        what="this page"
        error={error instanceof Error ? error : new Error(String(error))}
        onRetry={() => reset()}
      />
    ),
  });
}

declare module "@tanstack/react-router" {
  interface Register {
    router: ReturnType<typeof createAppRouter>;
  }
}
