import { organisationCreateRequestSchema, organisationSchema } from "@scorecard/shared/auth-schema";
import { useMutation } from "@tanstack/react-query";
import type { z } from "zod";
import { sendJson } from "../../../lib/api-client.ts";

export type OrganisationCreateRequest = z.input<typeof organisationCreateRequestSchema>;

/** POST /api/orgs (installation admin): an organisation from its DfE LA code. */
export const createOrganisation = (body: OrganisationCreateRequest) =>
  sendJson("POST", "/api/orgs", organisationCreateRequestSchema.parse(body), organisationSchema);

/** `onCreated` refreshes whatever lists organisations (the header's picker, the admin page's table). */
export const useCreateOrganisation = (onCreated: () => void) =>
  useMutation({ mutationFn: createOrganisation, onSuccess: onCreated });
