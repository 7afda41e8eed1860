import { createRoute } from "@tanstack/react-router";
import { orgAdminLayout } from "./org-admin-layout.ts";

export const areasRoute = createRoute({
  getParentRoute: () => orgAdminLayout,
  path: "/areas",
}).lazy(() => import("./areas-route.lazy.tsx").then((module) => module.areasLazyRoute));
