import { scorecardSearchSchema } from "@scorecard/shared/api-schema";
import { createRoute } from "@tanstack/react-router";
import { ScorecardPage } from "../../features/scorecard/components/scorecard-page.tsx";
import { orgRoute } from "./org-layout.ts";
import { stripDefaults } from "./search-defaults.ts";

// Loaded with the app: the first page most people open, and it carries no chart library.
export const scorecardRoute = createRoute({
  getParentRoute: () => orgRoute,
  path: "/",
  validateSearch: scorecardSearchSchema,
  search: { middlewares: [stripDefaults(scorecardSearchSchema, ["area"])] },
  component: ScorecardRoute,
});

function ScorecardRoute() {
  const { organisation } = scorecardRoute.useRouteContext();
  const search = scorecardRoute.useSearch();
  const navigate = scorecardRoute.useNavigate();
  return (
    <ScorecardPage
      org={organisation.slug}
      search={search}
      onSearchChange={(patch) => navigate({ search: (prev) => ({ ...prev, ...patch }), resetScroll: false })}
    />
  );
}
