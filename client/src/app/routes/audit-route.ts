import { auditSearchSchema } from "@scorecard/shared/audit-schema";
import { createRoute } from "@tanstack/react-router";
import { orgAdminLayout } from "./org-admin-layout.ts";

export const auditRoute = createRoute({
  getParentRoute: () => orgAdminLayout,
  path: "/audit",
  validateSearch: auditSearchSchema,
}).lazy(() => import("./audit-route.lazy.tsx").then((module) => module.auditLazyRoute));
