import type { ScorecardResponse, ScorecardRow } from "@scorecard/shared/api-schema";
import { RagStatus, TrendStatus } from "../../../components/rag-status.tsx";
import { formatCount, formatValue } from "../../../lib/format.ts";

/** Percentages get one decimal more than the papers print, so 21.7% is not mistaken for a rounded 22%. */
const shownDecimals = (row: ScorecardRow) =>
  row.unit === "percent" ? Math.max(row.decimals, 1) : row.decimals;

function benchmarkText(row: ScorecardRow, kind: "national" | "statistical_neighbours") {
  const benchmark = row.benchmarks.find((candidate) => candidate.kind === kind);
  if (!benchmark) return "—";
  return `${formatValue(benchmark.value, benchmark.unit, row.decimals)} (${benchmark.period})`;
}

export function ScorecardTable({ scorecard }: { scorecard: ScorecardResponse }) {
  return (
    <table className="scorecard-table">
      <caption>
        Performance scorecard for {scorecard.area.name}, {scorecard.period}
      </caption>
      <thead>
        <tr>
          <th scope="col">Ref</th>
          <th scope="col">Indicator</th>
          <th scope="col">Value</th>
          <th scope="col">Baseline</th>
          <th scope="col">Target</th>
          <th scope="col">Rating</th>
          <th scope="col">Trend</th>
          <th scope="col">National</th>
          <th scope="col">Statistical neighbours</th>
        </tr>
      </thead>
      <tbody>
        {scorecard.rows.map((row) => (
          <tr key={row.indicatorId}>
            <td>{row.ref}</td>
            <th scope="row">
              {row.title}
              {row.source === "illustrative" && <span className="illustrative-tag"> Illustrative data</span>}
            </th>
            <td>
              <span className="figure">{formatValue(row.value, row.unit, shownDecimals(row))}</span>
              {row.numerator !== null && row.denominator !== null && row.unit === "percent" && (
                <span className="fraction">
                  {" "}
                  ({formatCount(row.numerator)} of {formatCount(row.denominator)})
                </span>
              )}
            </td>
            <td>
              {row.baseline ? (
                <>
                  {formatValue(row.baseline.value, row.unit, shownDecimals(row))}{" "}
                  <span className="baseline-label">{row.baseline.label}</span>
                </>
              ) : (
                "—"
              )}
            </td>
            <td>{formatValue(row.target, row.unit, row.decimals)}</td>
            <td>
              <RagStatus rag={row.rag} />
            </td>
            <td>
              <TrendStatus trend={row.trend} />
            </td>
            <td>{benchmarkText(row, "national")}</td>
            <td>{benchmarkText(row, "statistical_neighbours")}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
