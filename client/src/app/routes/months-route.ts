import { createRoute } from "@tanstack/react-router";
import { orgEditorLayout } from "./org-editor-layout.ts";

export const monthsRoute = createRoute({
  getParentRoute: () => orgEditorLayout,
  path: "/months",
}).lazy(() => import("./months-route.lazy.tsx").then((module) => module.monthsLazyRoute));
