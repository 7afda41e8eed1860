import { createRoute } from "@tanstack/react-router";
import { orgAdminLayout } from "./org-admin-layout.ts";

export const indicatorSettingsRoute = createRoute({
  getParentRoute: () => orgAdminLayout,
  path: "/indicators/$indicatorId/settings",
}).lazy(() =>
  import("./indicator-settings-route.lazy.tsx").then((module) => module.indicatorSettingsLazyRoute),
);
