import type { passwordChangeRequestSchema } from "@scorecard/shared/auth-schema";
import { useMutation } from "@tanstack/react-query";
import type { z } from "zod";
import { sendJson } from "../../../lib/api-client.ts";

export type PasswordChange = z.infer<typeof passwordChangeRequestSchema>;

/** Changes the signed-in person's password; the server ends their other sessions. */
export const changePassword = (change: PasswordChange) =>
  sendJson("PUT", "/api/session/password", change, null);

export const useChangePassword = () => useMutation({ mutationFn: changePassword });
