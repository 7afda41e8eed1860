import { createLazyRoute } from "@tanstack/react-router";
import { useEffect } from "react";
import { MonthsPage } from "../../features/months/components/months-page.tsx";

export const monthsLazyRoute = createLazyRoute("/o/$org/org-editor/months")({ component: MonthsRoute });

function MonthsRoute() {
  const { organisation } = monthsLazyRoute.useRouteContext();
  const navigate = monthsLazyRoute.useNavigate();
  useEffect(() => {
    document.title = `Months · ${organisation.name} · Scorecard`;
  }, [organisation.name]);
  return (
    <MonthsPage
      org={organisation.slug}
      organisationName={organisation.name}
      onChooseMonth={(period) =>
        navigate({ to: "/o/$org/months/$period", params: { org: organisation.slug, period } })
      }
    />
  );
}
