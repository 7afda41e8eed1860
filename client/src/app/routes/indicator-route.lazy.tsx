import { createLazyRoute, Link } from "@tanstack/react-router";
import { IndicatorPage } from "../../features/indicator/components/indicator-page.tsx";
import { useSession } from "../../features/session/api/get-session.ts";
import { hasRoleAtLeast } from "../../lib/organisation-role.ts";

export const indicatorLazyRoute = createLazyRoute("/o/$org/indicators/$indicatorId")({
  component: IndicatorRoute,
});

function IndicatorRoute() {
  const { indicatorId } = indicatorLazyRoute.useParams();
  const { organisation } = indicatorLazyRoute.useRouteContext();
  const search = indicatorLazyRoute.useSearch();
  const navigate = indicatorLazyRoute.useNavigate();
  // Offered to those the server would let change it; the server's permission table is the guard.
  const administers = hasRoleAtLeast(useSession().data, organisation.slug, "org_admin");
  return (
    <IndicatorPage
      org={organisation.slug}
      indicatorId={indicatorId}
      search={search}
      onSearchChange={(patch) => navigate({ search: (prev) => ({ ...prev, ...patch }), resetScroll: false })}
      adminLink={
        administers && (
          <Link
            to="/o/$org/indicators/$indicatorId/settings"
            params={{ org: organisation.slug, indicatorId }}
          >
            Change this indicator's settings
          </Link>
        )
      }
    />
  );
}
