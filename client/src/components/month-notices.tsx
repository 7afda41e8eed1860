import type { MonthState, RevisedNote } from "@scorecard/shared/month-states";
import { Link } from "@tanstack/react-router";

const dayFormat = new Intl.DateTimeFormat("en-GB", {
  timeZone: "UTC",
  day: "numeric",
  month: "long",
  year: "numeric",
});

/** "2026-12-02" as "2 December 2026". */
export const formatDay = (day: string) => {
  const date = new Date(`${day}T00:00:00Z`);
  return Number.isNaN(date.getTime()) ? day : dayFormat.format(date);
};

/** Shown above a draft month to editors and above: these are not the published figures. */
export function DraftBanner({ state, what }: { state: MonthState | null; what: string }) {
  return (
    <p className="draft-banner" role="note">
      <strong>
        <span aria-hidden="true">✎ </span>DRAFT
      </strong>{" "}
      {what} {state && state !== "draft" ? `(${state}, not yet published)` : "(not published)"}: only editors,
      approvers and admins see it. The public sees the published figures.
    </p>
  );
}

/**
 * "Revised on {date}: {reason}", on a month whose published figures are a correction, with the
 * way to the figures it replaced.
 */
export function RevisedNotice({
  revised,
  month,
  org,
  period,
}: {
  revised: RevisedNote;
  /** The month's name, where the page shows several months (the indicator page). */
  month?: string;
  org: string;
  period: string;
}) {
  return (
    <p className="notice revised-notice">
      <strong>
        {month ? `${month} revised` : "Revised"} on {formatDay(revised.on)}:
      </strong>{" "}
      {revised.reason || "corrected figures"} (revision {revised.revision}).{" "}
      <Link className="no-print" to="/o/$org/revisions/$period" params={{ org, period }}>
        Earlier figures{month ? ` of ${month}` : ""}
      </Link>
    </p>
  );
}
