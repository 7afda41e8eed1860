import { periodLongLabel } from "@scorecard/shared/periods";
import { usePeriods } from "../api/get-periods.ts";
import { useScorecard } from "../api/get-scorecard.ts";
import { ScorecardTable } from "./scorecard-table.tsx";

function readPeriodFromUrl(): string | null {
  return new URLSearchParams(window.location.search).get("period");
}

/** The monthly scorecard: the month from the URL, else the latest month with published figures. */
export function ScorecardPage() {
  const periods = usePeriods();
  const latestPublished = periods.data?.periods.find((entry) => entry.source === "published")?.period ?? null;
  const period = readPeriodFromUrl() ?? latestPublished;
  const scorecard = useScorecard(period ? { period, area: "city" } : null);

  if (periods.isPending) return <p role="status">Loading the list of months…</p>;
  if (periods.isError)
    return <p role="alert">Could not load the months with data: {periods.error.message}</p>;
  if (!period) return <p>No figures have been loaded yet. Load a scorecard, then reload this page.</p>;
  if (scorecard.isPending) return <p role="status">Loading the scorecard for {periodLongLabel(period)}…</p>;
  if (scorecard.isError) return <p role="alert">Could not load the scorecard: {scorecard.error.message}</p>;

  return (
    <>
      <h1>Performance scorecard — {periodLongLabel(scorecard.data.period)}</h1>
      <ScorecardTable scorecard={scorecard.data} />
    </>
  );
}
