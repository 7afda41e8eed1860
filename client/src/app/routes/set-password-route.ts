import { createRoute } from "@tanstack/react-router";
import { rootRoute } from "./root-route.tsx";

// The link's token is in the fragment (`#token=…`), which browsers never send to a server or in a Referer.
export const setPasswordRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: "/set-password",
}).lazy(() => import("./set-password-route.lazy.tsx").then((module) => module.setPasswordLazyRoute));
