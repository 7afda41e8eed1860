import { Link } from "@tanstack/react-router";
import type { ReactNode } from "react";
import { useCurrentOrg } from "../lib/use-current-org.ts";

/*
 * Links from one page to another, in one place: when the route tree changes, these change and the
 * pages that use them do not. They stay in the organisation being read; outside one, they use the
 * old addresses, which lead to the default organisation.
 */

/** The monthly scorecard, for a month (else the latest published) and an area (else the whole authority). */
export function ScorecardLink({
  period,
  area,
  children,
}: {
  period?: string | null;
  area?: string;
  children: ReactNode;
}) {
  const org = useCurrentOrg();
  const search = { period: period ?? undefined, area };
  if (!org) {
    return (
      <Link to="/" search={search}>
        {children}
      </Link>
    );
  }
  return (
    <Link to="/o/$org" params={{ org }} search={search}>
      {children}
    </Link>
  );
}

/** One indicator's page, remembering the scorecard month and area it was opened from. */
export function IndicatorLink({
  indicatorId,
  period,
  area,
  children,
}: {
  indicatorId: string;
  period?: string | null;
  area?: string;
  children: ReactNode;
}) {
  const org = useCurrentOrg();
  const search = { period: period ?? undefined, area };
  if (!org) {
    return (
      <Link to="/indicators/$indicatorId" params={{ indicatorId }} search={search}>
        {children}
      </Link>
    );
  }
  return (
    <Link to="/o/$org/indicators/$indicatorId" params={{ org, indicatorId }} search={search}>
      {children}
    </Link>
  );
}
