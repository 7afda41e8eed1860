import { compareSearchSchema } from "@scorecard/shared/api-schema";
import { createRoute } from "@tanstack/react-router";
import { orgRoute } from "./org-layout.ts";
import { stripDefaults } from "./search-defaults.ts";

// The page and its chart library load on demand (compare-route.lazy.tsx).
export const compareRoute = createRoute({
  getParentRoute: () => orgRoute,
  path: "/compare",
  validateSearch: compareSearchSchema,
  search: { middlewares: [stripDefaults(compareSearchSchema, ["area", "view"])] },
}).lazy(() => import("./compare-route.lazy.tsx").then((module) => module.compareLazyRoute));
