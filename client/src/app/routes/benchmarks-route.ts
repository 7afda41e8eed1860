import { benchmarksSearchSchema } from "@scorecard/shared/api-schema";
import { createRoute } from "@tanstack/react-router";
import { rootRoute } from "./root-route.tsx";
import { stripDefaults } from "./search-defaults.ts";

// The page and its chart library load on demand (benchmarks-route.lazy.tsx).
export const benchmarksRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: "/benchmarks",
  validateSearch: benchmarksSearchSchema,
  search: { middlewares: [stripDefaults(benchmarksSearchSchema, ["view"])] },
}).lazy(() => import("./benchmarks-route.lazy.tsx").then((module) => module.benchmarksLazyRoute));
