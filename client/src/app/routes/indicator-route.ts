import { indicatorSearchSchema } from "@scorecard/shared/api-schema";
import { createRoute } from "@tanstack/react-router";
import { orgRoute } from "./org-layout.ts";
import { stripDefaults } from "./search-defaults.ts";

// The page and its chart library load on demand (indicator-route.lazy.tsx). An id the catalogue
// does not hold is the page's own "Indicator not found", which offers the way back.
export const indicatorRoute = createRoute({
  getParentRoute: () => orgRoute,
  path: "/indicators/$indicatorId",
  validateSearch: indicatorSearchSchema,
  search: { middlewares: [stripDefaults(indicatorSearchSchema, ["area", "view", "measure"])] },
}).lazy(() => import("./indicator-route.lazy.tsx").then((module) => module.indicatorLazyRoute));
