import { redirect } from "@tanstack/react-router";
import { sessionQueryOptions } from "../../features/session/api/get-session.ts";
import { createGuardedLayout, type RouteGuard } from "./guarded-layout.ts";
import { rootRoute } from "./root-route.tsx";

/** Lets only a signed-in reader through; anyone else goes to sign in, and comes back here after. */
export const requireSession: RouteGuard = async ({ context, location }) => {
  const session = await context.queryClient.ensureQueryData(sessionQueryOptions());
  if (!session) throw redirect({ to: "/sign-in", search: { redirect: location.href } });
};

/** The parent of every page only a signed-in reader may see: `getParentRoute: () => signedInLayout`. */
export const signedInLayout = createGuardedLayout(() => rootRoute, "signed-in", requireSession);
