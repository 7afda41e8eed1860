import { formatValue } from "@scorecard/shared/figure-format";
import type { Unit } from "@scorecard/shared/indicator-schema";
import { periodLongLabel } from "@scorecard/shared/periods";
import type { Benchmark, BenchmarkKind } from "./chart-rows.ts";

const kindNames: Record<BenchmarkKind, string> = {
  national: "National (England) average",
  statistical_neighbours: "Statistical neighbours average",
  regional: "Regional average",
};

/** The benchmark figures behind the chart's comparison lines: which year they describe and where from. */
export function BenchmarkTable({
  benchmarks,
  months,
  title,
  unit,
  decimals,
}: {
  /** The figures in force in the months shown. */
  benchmarks: readonly Benchmark[];
  months: readonly string[];
  title: string;
  unit: Unit;
  decimals: number;
}) {
  const first = months[0];
  const last = months.at(-1);
  if (benchmarks.length === 0 || !first || !last) {
    return <p className="muted">No benchmark figures were in use in the months shown.</p>;
  }
  const entries = [...benchmarks].sort(
    (a, b) => a.kind.localeCompare(b.kind) || a.effectiveFrom.localeCompare(b.effectiveFrom),
  );
  return (
    // biome-ignore lint/a11y/noNoninteractiveTabindex: the region scrolls sideways on small screens.
    <section className="table-scroll" aria-label="Benchmarks table" tabIndex={0}>
      <table className="data-table indicator-history-table">
        <caption>
          Benchmarks for {title} in use from {periodLongLabel(first)} to {periodLongLabel(last)}
        </caption>
        <thead>
          <tr>
            <th scope="col">Benchmark</th>
            <th scope="col">Value</th>
            <th scope="col">Figures for</th>
            <th scope="col">Used from</th>
            <th scope="col">Source</th>
          </tr>
        </thead>
        <tbody>
          {entries.map((entry) => (
            <tr key={`${entry.kind}-${entry.effectiveFrom}`}>
              <th scope="row">{kindNames[entry.kind]}</th>
              <td className="indicator-nowrap">
                {formatValue(entry.value, entry.unit, entry.unit === unit ? decimals : 1)}
              </td>
              <td>{entry.period}</td>
              <td className="indicator-nowrap">{periodLongLabel(entry.effectiveFrom)}</td>
              <td>{entry.source}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
