import { userCreateRequestSchema, userCreateResponseSchema } from "@scorecard/shared/auth-schema";
import { useMutation } from "@tanstack/react-query";
import type { z } from "zod";
import { sendJson } from "../lib/api-client.ts";

export type UserCreateRequest = z.input<typeof userCreateRequestSchema>;

/**
 * POST /api/users (installation admin): creates an account; without a password the answer carries
 * a one-time set-password link. Used by the people page and the installation admin page.
 */
export const createUser = (body: UserCreateRequest) =>
  sendJson("POST", "/api/users", userCreateRequestSchema.parse(body), userCreateResponseSchema);

export const useCreateUser = () => useMutation({ mutationFn: createUser });
