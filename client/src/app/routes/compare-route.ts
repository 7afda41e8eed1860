import { compareSearchSchema } from "@scorecard/shared/api-schema";
import { createRoute } from "@tanstack/react-router";
import { rootRoute } from "./root-route.tsx";
import { stripDefaults } from "./search-defaults.ts";

// The page and its chart library load on demand (compare-route.lazy.tsx).
export const compareRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: "/compare",
  validateSearch: compareSearchSchema,
  search: { middlewares: [stripDefaults(compareSearchSchema, ["area", "view"])] },
}).lazy(() => import("./compare-route.lazy.tsx").then((module) => module.compareLazyRoute));
