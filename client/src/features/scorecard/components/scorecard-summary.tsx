import type { ScorecardRow } from "@scorecard/shared/api-schema";
import { ragSymbol } from "@scorecard/shared/rag-symbols";

/** How many indicators are green, amber, red and not rated: the line a director reads first. */
export function ratingCounts(rows: readonly ScorecardRow[]) {
  return {
    GREEN: rows.filter((row) => row.rag === "GREEN").length,
    AMBER: rows.filter((row) => row.rag === "AMBER").length,
    RED: rows.filter((row) => row.rag === "RED").length,
    none: rows.filter((row) => row.rag === null).length,
  };
}

export function ScorecardSummary({ rows }: { rows: readonly ScorecardRow[] }) {
  const counts = ratingCounts(rows);
  return (
    <p className="summary" aria-live="polite">
      <strong>{rows.length} indicators:</strong>{" "}
      <span className="rag rag-green">
        <span aria-hidden="true">{ragSymbol("GREEN")}</span> {counts.GREEN} green
      </span>
      ,{" "}
      <span className="rag rag-amber">
        <span aria-hidden="true">{ragSymbol("AMBER")}</span> {counts.AMBER} amber
      </span>
      ,{" "}
      <span className="rag rag-red">
        <span aria-hidden="true">{ragSymbol("RED")}</span> {counts.RED} red
      </span>
      , {counts.none} not rated
    </p>
  );
}
