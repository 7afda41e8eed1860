import { benchmarksSearchSchema, laCodeSchema } from "@scorecard/shared/api-schema";
import { createRoute } from "@tanstack/react-router";
import { orgRoute } from "./org-layout.ts";
import { stripDefaults } from "./search-defaults.ts";

// Without `la` the page benchmarks the organisation's own authority, so the default is not the schema's.
const orgBenchmarksSearchSchema = benchmarksSearchSchema.extend({
  la: laCodeSchema.optional().catch(undefined),
});

// The page and its chart library load on demand (benchmarks-route.lazy.tsx).
export const benchmarksRoute = createRoute({
  getParentRoute: () => orgRoute,
  path: "/benchmarks",
  validateSearch: orgBenchmarksSearchSchema,
  search: { middlewares: [stripDefaults(orgBenchmarksSearchSchema, ["view"])] },
}).lazy(() => import("./benchmarks-route.lazy.tsx").then((module) => module.benchmarksLazyRoute));
