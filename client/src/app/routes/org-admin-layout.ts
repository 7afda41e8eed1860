import { createGuardedLayout } from "./guarded-layout.ts";
import { orgRoute } from "./org-layout.ts";
import { requireSession } from "./signed-in-layout.ts";

/**
 * The organisation's admin pages (people, API tokens, audit): signed-in readers only. Which role may
 * do what is the server's permission table; a reader without it sees the API's own 403 message.
 */
export const orgAdminLayout = createGuardedLayout(() => orgRoute, "org-admin", requireSession);
