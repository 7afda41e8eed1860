import { ragSymbol, trendSymbol } from "@scorecard/shared/rag-symbols";
import { ragLabel, trendLabel } from "@scorecard/shared/trend-rating";

const rags = ["GREEN", "AMBER", "RED"] as const;

/** The council's legend: each rating as shape, word and colour. */
export function RagLegend() {
  return (
    <section className="rag-legend" aria-labelledby="rag-legend-title">
      <h2 id="rag-legend-title">Key</h2>
      <dl>
        <dt>Rating against target</dt>
        {rags.map((rag) => (
          <dd key={rag} className={`rag rag-${rag.toLowerCase()}`}>
            <span aria-hidden="true">{ragSymbol(rag)}</span> {rag}: {ragLabel(rag)}
          </dd>
        ))}
        <dt>Trend against baseline</dt>
        {rags.map((rag) => (
          <dd key={rag} className={`rag rag-${rag.toLowerCase()}`}>
            <span aria-hidden="true">{trendSymbol(rag)}</span> {trendLabel(rag)}
          </dd>
        ))}
        <dt>Not rated</dt>
        <dd>
          <span aria-hidden="true">{ragSymbol(null)}</span> No target, no figure, or a context measure with no
          good direction
        </dd>
      </dl>
      <p className="legend-note">
        <span className="illustrative-tag">Illustrative</span> marks generated history, not figures published
        in a council paper.
      </p>
    </section>
  );
}
