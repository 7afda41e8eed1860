import { type Organisation, organisationsResponseSchema } from "@scorecard/shared/auth-schema";
import { queryOptions, useQuery } from "@tanstack/react-query";
import { getJson } from "../../../lib/api-client.ts";

export const getOrganisations = (signal?: AbortSignal) =>
  getJson("/api/orgs", organisationsResponseSchema, signal);

/** The organisations the reader may see: the public ones and their own. Signing in or out clears it. */
export const organisationsQueryOptions = () =>
  queryOptions({
    queryKey: ["organisations"],
    queryFn: ({ signal }) => getOrganisations(signal),
  });

export const useOrganisations = () => useQuery(organisationsQueryOptions());

/** The organisation the site's unscoped addresses serve; the first one when none is marked. */
export function defaultOrganisation(organisations: readonly Organisation[]): Organisation | undefined {
  return organisations.find((organisation) => organisation.isDefault) ?? organisations[0];
}
