import type { Rag } from "@scorecard/shared/indicator-schema";
import { ragSymbol, trendSymbol } from "@scorecard/shared/rag-symbols";
import { ragLabel, trendLabel } from "@scorecard/shared/trend-rating";

/** A RAG rating as shape, word and colour together, so it reads in greyscale and to a screen reader. */
export function RagStatus({ rag }: { rag: Rag | null }) {
  if (!rag) return <span className="rag rag-none">Not rated</span>;
  return (
    <span className={`rag rag-${rag.toLowerCase()}`}>
      <span aria-hidden="true" className="rag-shape">
        {ragSymbol(rag)}
      </span>{" "}
      {rag} <span className="rag-words">({ragLabel(rag)})</span>
    </span>
  );
}

/** The trend against the baseline: "Much better / Bit better / Not better", with an arrow. */
export function TrendStatus({ trend }: { trend: Rag | null }) {
  if (!trend) return <span className="rag rag-none">No trend</span>;
  return (
    <span className={`rag rag-${trend.toLowerCase()}`}>
      <span aria-hidden="true" className="rag-shape">
        {trendSymbol(trend)}
      </span>{" "}
      {trendLabel(trend)}
    </span>
  );
}
