import { createGuardedLayout } from "./guarded-layout.ts";
import { orgRoute } from "./org-layout.ts";
import { requireSession } from "./signed-in-layout.ts";

/**
 * The organisation's working pages (the months and "This month"): signed-in readers only. The
 * server's permission table decides who may see a draft or take a step; its 403 is shown as said.
 */
export const orgEditorLayout = createGuardedLayout(() => orgRoute, "org-editor", requireSession);
