import { Link } from "@tanstack/react-router";
import type { ReactNode } from "react";

/*
 * Links from one page to another, in one place: when the route tree changes (an organisation
 * segment, say), these change and the pages that use them do not.
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
  return (
    <Link to="/" search={{ period: period ?? undefined, area }}>
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
  return (
    <Link
      to="/indicators/$indicatorId"
      params={{ indicatorId }}
      search={{ period: period ?? undefined, area }}
    >
      {children}
    </Link>
  );
}
