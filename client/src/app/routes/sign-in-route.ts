import { signInSearchSchema } from "@scorecard/shared/auth-schema";
import { createRoute } from "@tanstack/react-router";
import { rootRoute } from "./root-route.tsx";

// The form loads on demand (sign-in-route.lazy.tsx): most readers never sign in.
export const signInRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: "/sign-in",
  validateSearch: signInSearchSchema,
}).lazy(() => import("./sign-in-route.lazy.tsx").then((module) => module.signInLazyRoute));
