import { createLazyRoute } from "@tanstack/react-router";
import { useEffect } from "react";
import { AreasPage } from "../../features/areas/components/areas-page.tsx";
import { useSession } from "../../features/session/api/get-session.ts";
import { hasRoleAtLeast } from "../../lib/organisation-role.ts";

export const areasLazyRoute = createLazyRoute("/o/$org/org-admin/areas")({ component: AreasRoute });

function AreasRoute() {
  const { organisation } = areasLazyRoute.useRouteContext();
  const session = useSession().data;
  useEffect(() => {
    document.title = `Areas · ${organisation.name} · Scorecard`;
  }, [organisation.name]);
  return (
    <AreasPage
      org={organisation.slug}
      organisationName={organisation.name}
      canEdit={hasRoleAtLeast(session, organisation.slug, "org_admin")}
    />
  );
}
