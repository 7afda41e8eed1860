import type { Indicator } from "@scorecard/shared/api-schema";
import { useScorecard } from "../../api/get-scorecard.ts";
import { ErrorState, LoadingState } from "../../components/page-state.tsx";
import { ScorecardTable } from "../../features/scorecard/components/scorecard-table.tsx";

/** The scorecard as the board will see it once published, computed by the server from the draft. */
export function MonthDraftPreview({
  org,
  period,
  area,
  indicators,
}: {
  org: string;
  period: string;
  area: string;
  indicators: readonly Indicator[];
}) {
  const scorecard = useScorecard({ org, period, area });
  if (scorecard.isPending) return <LoadingState>Working out the draft scorecard…</LoadingState>;
  if (scorecard.isError)
    return (
      <ErrorState what="the draft scorecard" error={scorecard.error} onRetry={() => scorecard.refetch()} />
    );
  return <ScorecardTable scorecard={scorecard.data} indicators={indicators} />;
}
