import { createLazyRoute } from "@tanstack/react-router";
import { IndicatorSettingsPage } from "../../features/indicator-settings/components/indicator-settings-page.tsx";
import { useSession } from "../../features/session/api/get-session.ts";
import { hasRoleAtLeast } from "../../lib/organisation-role.ts";

export const indicatorSettingsLazyRoute = createLazyRoute(
  "/o/$org/org-admin/indicators/$indicatorId/settings",
)({
  component: IndicatorSettingsRoute,
});

function IndicatorSettingsRoute() {
  const { organisation } = indicatorSettingsLazyRoute.useRouteContext();
  const { indicatorId } = indicatorSettingsLazyRoute.useParams();
  const session = useSession().data;
  return (
    <IndicatorSettingsPage
      org={organisation.slug}
      organisationName={organisation.name}
      indicatorId={indicatorId}
      canEdit={hasRoleAtLeast(session, organisation.slug, "org_admin")}
    />
  );
}
