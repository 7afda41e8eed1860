import { createLazyRoute } from "@tanstack/react-router";
import { useEffect } from "react";
import { PeoplePage } from "../../features/people/components/people-page.tsx";

export const peopleLazyRoute = createLazyRoute("/o/$org/org-admin/people")({ component: PeopleRoute });

function PeopleRoute() {
  const { organisation } = peopleLazyRoute.useRouteContext();
  useEffect(() => {
    document.title = `People · ${organisation.name} · Scorecard`;
  }, [organisation.name]);
  return <PeoplePage org={organisation.slug} organisationName={organisation.name} />;
}
