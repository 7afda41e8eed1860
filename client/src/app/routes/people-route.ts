import { createRoute } from "@tanstack/react-router";
import { orgAdminLayout } from "./org-admin-layout.ts";

export const peopleRoute = createRoute({
  getParentRoute: () => orgAdminLayout,
  path: "/people",
}).lazy(() => import("./people-route.lazy.tsx").then((module) => module.peopleLazyRoute));
