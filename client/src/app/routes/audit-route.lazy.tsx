import { createLazyRoute } from "@tanstack/react-router";
import { useEffect } from "react";
import { AuditPage } from "../../features/audit/components/audit-page.tsx";

export const auditLazyRoute = createLazyRoute("/o/$org/org-admin/audit")({ component: AuditRoute });

function AuditRoute() {
  const { organisation } = auditLazyRoute.useRouteContext();
  const search = auditLazyRoute.useSearch();
  const navigate = auditLazyRoute.useNavigate();
  useEffect(() => {
    document.title = `Audit trail · ${organisation.name} · Scorecard`;
  }, [organisation.name]);
  return (
    <AuditPage
      org={organisation.slug}
      organisationName={organisation.name}
      search={search}
      onSearchChange={(patch) => navigate({ search: (prev) => ({ ...prev, ...patch }), resetScroll: false })}
    />
  );
}
