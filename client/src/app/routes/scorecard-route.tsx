import { scorecardSearchSchema } from "@scorecard/shared/api-schema";
import { createRoute } from "@tanstack/react-router";
import { ScorecardPage } from "../../features/scorecard/components/scorecard-page.tsx";
import { rootRoute } from "./root-route.tsx";
import { stripDefaults } from "./search-defaults.ts";

// Loaded with the app: the first page most people open, and it carries no chart library.
export const scorecardRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: "/",
  validateSearch: scorecardSearchSchema,
  search: { middlewares: [stripDefaults(scorecardSearchSchema, ["area"])] },
  component: ScorecardRoute,
});

function ScorecardRoute() {
  const search = scorecardRoute.useSearch();
  const navigate = scorecardRoute.useNavigate();
  return (
    <ScorecardPage
      search={search}
      onSearchChange={(patch) => navigate({ search: (prev) => ({ ...prev, ...patch }), resetScroll: false })}
    />
  );
}
