import { type AnyRoute, createRoute, type ParsedLocation } from "@tanstack/react-router";
import type { RouterContext } from "./root-route.tsx";

/**
 * Decides, before a route loads, whether the reader may see it: return to let them in, or throw
 * `redirect(...)` (e.g. to `/sign-in?redirect=…`) or `notFound()` to send them elsewhere.
 */
export type RouteGuard = (args: { context: RouterContext; location: ParsedLocation }) => void | Promise<void>;

/**
 * A layout route with no path of its own whose every child is behind `guard`, so a guarded page is
 * one line: `getParentRoute: () => signedInLayout`. See app/README.md.
 */
export function createGuardedLayout<TParent extends AnyRoute, const TId extends string>(
  getParentRoute: () => TParent,
  id: TId,
  guard: RouteGuard,
) {
  return createRoute({
    getParentRoute,
    id,
    beforeLoad: ({ context, location }) => guard({ context: context as RouterContext, location }),
  });
}
