import { createRoute, notFound, redirect } from "@tanstack/react-router";
import {
  defaultOrganisation,
  organisationsQueryOptions,
} from "../../features/organisations/api/get-organisations.ts";
import type { RouteGuard } from "./guarded-layout.ts";
import { rootRoute } from "./root-route.tsx";

/**
 * The addresses from before organisations (`/`, `/compare`, `/indicators/:id`, `/benchmarks`) send
 * the reader to the same page of the default organisation, search and all, so old links and
 * bookmarks keep working.
 */
const toDefaultOrganisation: RouteGuard = async ({ context, location }) => {
  const organisations = await context.queryClient.ensureQueryData(organisationsQueryOptions());
  const organisation = defaultOrganisation(organisations);
  if (!organisation) throw notFound();
  throw redirect({ href: `/o/${encodeURIComponent(organisation.slug)}${location.href}`, replace: true });
};

export const legacyScorecardRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: "/",
  beforeLoad: ({ context, location }) => toDefaultOrganisation({ context, location }),
});
export const legacyCompareRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: "/compare",
  beforeLoad: ({ context, location }) => toDefaultOrganisation({ context, location }),
});
export const legacyBenchmarksRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: "/benchmarks",
  beforeLoad: ({ context, location }) => toDefaultOrganisation({ context, location }),
});
export const legacyIndicatorRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: "/indicators/$indicatorId",
  beforeLoad: ({ context, location }) => toDefaultOrganisation({ context, location }),
});
