import type { ScorecardResponse, ScorecardRow } from "@scorecard/shared/api-schema";
import { formatValue, shownDecimals } from "@scorecard/shared/figure-format";
import { periodLabel } from "@scorecard/shared/periods";
import { IndicatorLink } from "../../../components/page-links.tsx";
import { RagStatus, TrendStatus } from "../../../components/rag-status.tsx";
import { primaryBenchmark } from "../../../lib/benchmarks.ts";

function benchmarkText(row: ScorecardRow, kind: "national" | "statistical_neighbours") {
  const benchmark = primaryBenchmark(row.benchmarks, kind);
  if (!benchmark) return "Not published";
  return `${formatValue(benchmark.value, benchmark.unit, shownDecimals(benchmark.unit, row.decimals))} (${benchmark.origin === "dfe" ? "DfE" : "paper"} ${benchmark.period})`;
}

/**
 * The scorecard on a phone: one card per indicator with the figure, rating and trend first, so a
 * director reads it without scrolling sideways. The same rows as the table, which wide screens and
 * print use instead.
 */
export function ScorecardCards({ scorecard }: { scorecard: ScorecardResponse }) {
  return (
    <ol
      className="scorecard-cards mobile-only"
      aria-label={`Scorecard for ${scorecard.area.name}, ${periodLabel(scorecard.period)}`}
    >
      {scorecard.rows.map((row) => {
        const decimals = shownDecimals(row.unit, row.decimals);
        return (
          <li key={row.indicatorId} className="scorecard-card">
            <h2 className="card-title">
              <IndicatorLink indicatorId={row.indicatorId} period={scorecard.period} area={scorecard.area.id}>
                {row.ref}. {row.title}
              </IndicatorLink>
              {row.source === "illustrative" && <span className="illustrative-tag">Illustrative</span>}
            </h2>
            <p className="card-figure">
              <span className="figure">{formatValue(row.value, row.unit, decimals)}</span>
              {row.ratePer10k !== null && (
                <span className="secondary-figure">{formatValue(row.ratePer10k, "rate_per_10k", 0)}</span>
              )}
            </p>
            <p className="card-ratings">
              <RagStatus rag={row.rag} /> <TrendStatus trend={row.trend} />
            </p>
            <dl className="card-facts">
              <dt>Target</dt>
              <dd>{row.target === null ? "None" : formatValue(row.target, row.unit, row.decimals)}</dd>
              <dt>{row.baseline?.label ?? "Baseline"}</dt>
              <dd>{row.baseline ? formatValue(row.baseline.value, row.unit, decimals) : "None"}</dd>
              <dt>England</dt>
              <dd>{benchmarkText(row, "national")}</dd>
              <dt>Statistical neighbours</dt>
              <dd>{benchmarkText(row, "statistical_neighbours")}</dd>
            </dl>
          </li>
        );
      })}
    </ol>
  );
}
