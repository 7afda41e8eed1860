import type { SeriesResponse } from "@scorecard/shared/api-schema";
import { formatValue } from "@scorecard/shared/figure-format";
import { periodLongLabel } from "@scorecard/shared/periods";
import { RagStatus } from "../../../components/rag-status.tsx";
import { RATE_DECIMALS } from "./chart-rows.ts";

/** The line a reader wants first: the latest month's figure, its target and its rating. */
export function LatestMonth({
  series,
  decimals,
  targetDecimals,
}: {
  series: SeriesResponse;
  decimals: number;
  targetDecimals: number;
}) {
  const latest = series.points.findLast((point) => point.value !== null);
  if (!latest) return null;
  return (
    <p className="summary">
      Latest month, {periodLongLabel(latest.period)}:{" "}
      <strong className="figure">{formatValue(latest.value, series.unit, decimals)}</strong>
      {latest.source === "illustrative" && <span className="illustrative-tag">Illustrative</span>}
      {latest.ratePer10k !== null &&
        ` (${formatValue(latest.ratePer10k, "rate_per_10k", RATE_DECIMALS)} children aged 0 to 17)`}
      {latest.target === null
        ? ", no target"
        : ` against a target of ${formatValue(latest.target, series.unit, targetDecimals)}`}
      . <RagStatus rag={latest.rag} />
    </p>
  );
}
