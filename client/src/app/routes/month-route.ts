import { periodSchema } from "@scorecard/shared/periods";
import { createRoute, notFound } from "@tanstack/react-router";
import { orgEditorLayout } from "./org-editor-layout.ts";

export const monthRoute = createRoute({
  getParentRoute: () => orgEditorLayout,
  path: "/months/$period",
  // A month that is not YYYY-MM is no page at all.
  beforeLoad: ({ params }) => {
    if (!periodSchema.safeParse(params.period).success) throw notFound();
  },
}).lazy(() => import("./month-route.lazy.tsx").then((module) => module.monthLazyRoute));
