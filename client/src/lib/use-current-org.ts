import { useRouterState } from "@tanstack/react-router";

/**
 * The slug of the organisation in the address (`/o/$org/…`), or undefined outside one. Read from the
 * router's state rather than a route match, so it works in any component (the header, a link).
 */
export const useCurrentOrg = () =>
  useRouterState({
    select: (state) => (state.matches.at(-1)?.params as { org?: string } | undefined)?.org,
  });
