import { createRoute, notFound, redirect } from "@tanstack/react-router";
import { organisationsQueryOptions } from "../../features/organisations/api/get-organisations.ts";
import { sessionQueryOptions } from "../../features/session/api/get-session.ts";
import { rootRoute } from "./root-route.tsx";

/**
 * Every page of one organisation lives under `/o/$org`. The layout finds the organisation among
 * those the reader may see and hands it to its children as `organisation` in the route context;
 * one they may not see sends a signed-out reader to sign in, and anyone else to "Page not found".
 */
export const orgRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: "/o/$org",
  beforeLoad: async ({ context, params, location }) => {
    const organisations = await context.queryClient.ensureQueryData(organisationsQueryOptions());
    const organisation = organisations.find((entry) => entry.slug === params.org);
    if (organisation) return { organisation };
    const session = await context.queryClient.ensureQueryData(sessionQueryOptions());
    if (!session) throw redirect({ to: "/sign-in", search: { redirect: location.href } });
    throw notFound();
  },
});
