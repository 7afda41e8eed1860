import { createRoute } from "@tanstack/react-router";
import { orgAdminLayout } from "./org-admin-layout.ts";

export const tokensRoute = createRoute({
  getParentRoute: () => orgAdminLayout,
  path: "/tokens",
}).lazy(() => import("./tokens-route.lazy.tsx").then((module) => module.tokensLazyRoute));
