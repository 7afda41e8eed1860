import { createLazyRoute } from "@tanstack/react-router";
import { useEffect } from "react";
import { TokensPage } from "../../features/tokens/components/tokens-page.tsx";

export const tokensLazyRoute = createLazyRoute("/o/$org/org-admin/tokens")({ component: TokensRoute });

function TokensRoute() {
  const { organisation } = tokensLazyRoute.useRouteContext();
  useEffect(() => {
    document.title = `API tokens · ${organisation.name} · Scorecard`;
  }, [organisation.name]);
  return <TokensPage org={organisation.slug} organisationName={organisation.name} />;
}
