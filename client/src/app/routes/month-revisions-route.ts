import { periodSchema } from "@scorecard/shared/periods";
import { createRoute, notFound } from "@tanstack/react-router";
import { orgRoute } from "./org-layout.ts";

/** A published month's revisions: public, like the scorecard that links to it. */
export const monthRevisionsRoute = createRoute({
  getParentRoute: () => orgRoute,
  path: "/revisions/$period",
  beforeLoad: ({ params }) => {
    if (!periodSchema.safeParse(params.period).success) throw notFound();
  },
}).lazy(() => import("./month-revisions-route.lazy.tsx").then((module) => module.monthRevisionsLazyRoute));
