import type { passwordSetRequestSchema } from "@scorecard/shared/auth-schema";
import { useMutation } from "@tanstack/react-query";
import type { z } from "zod";
import { sendJson } from "../../../lib/api-client.ts";

export type PasswordSet = z.infer<typeof passwordSetRequestSchema>;

/** Chooses a password with the token of a one-time set-password link. */
export const setPassword = (request: PasswordSet) => sendJson("POST", "/api/password/set", request, null);

export const useSetPassword = () => useMutation({ mutationFn: setPassword });
