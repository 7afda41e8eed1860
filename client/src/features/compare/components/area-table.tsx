import type { ScorecardRow } from "@scorecard/shared/api-schema";
import { formatCount, formatValue, shownDecimals } from "@scorecard/shared/figure-format";
import { RagStatus } from "../../../components/rag-status.tsx";
import { benchmarkKindLabels, primaryBenchmarks } from "../../../lib/benchmarks.ts";
import type { AreaBar } from "./area-figures.ts";

/** The bar chart's figures as a table: its text alternative, and the view for exact numbers. */
export function AreaTable({
  id,
  row,
  bars,
  period,
}: {
  id: string;
  row: ScorecardRow;
  bars: AreaBar[];
  period: string;
}) {
  const decimals = shownDecimals(row.unit, row.decimals);
  return (
    // biome-ignore lint/a11y/noNoninteractiveTabindex: the region scrolls sideways on small screens.
    <section className="table-scroll" aria-label={`${row.title} by area, table`} tabIndex={0}>
      <table className="data-table" id={id}>
        <caption>
          {row.title} by area, {period}
        </caption>
        <thead>
          <tr>
            <th scope="col">Area</th>
            <th scope="col">Value</th>
            <th scope="col">Numerator</th>
            <th scope="col">Denominator</th>
            <th scope="col">Rating</th>
            <th scope="col">Source</th>
          </tr>
        </thead>
        <tbody>
          {bars.map((bar) => (
            <tr key={bar.areaId}>
              <th scope="row">{bar.name}</th>
              <td>{formatValue(bar.value, row.unit, decimals)}</td>
              <td>{formatCount(bar.numerator)}</td>
              <td>{formatCount(bar.denominator)}</td>
              <td>
                <RagStatus rag={bar.rag} />
              </td>
              <td>{bar.source === "published" ? "Published" : "Illustrative"}</td>
            </tr>
          ))}
          <tr>
            <th scope="row">Target</th>
            <td colSpan={5}>
              {row.target === null ? "None" : formatValue(row.target, row.unit, row.decimals)}
            </td>
          </tr>
          {primaryBenchmarks(row.benchmarks).map((benchmark) => (
            <tr key={benchmark.kind}>
              <th scope="row">{benchmarkKindLabels[benchmark.kind]}</th>
              <td colSpan={5}>
                {formatValue(benchmark.value, benchmark.unit, decimals)} (
                {benchmark.origin === "dfe" ? "DfE" : "paper"}, {benchmark.period})
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
