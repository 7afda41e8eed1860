import { createRoute } from "@tanstack/react-router";
import { signedInLayout } from "./signed-in-layout.ts";

export const accountRoute = createRoute({
  getParentRoute: () => signedInLayout,
  path: "/account",
}).lazy(() => import("./account-route.lazy.tsx").then((module) => module.accountLazyRoute));
