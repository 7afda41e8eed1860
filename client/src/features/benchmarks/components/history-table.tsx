import type { BenchmarkHistoryResponse, BenchmarkMeasure } from "@scorecard/shared/api-schema";
import { formatValue } from "@scorecard/shared/figure-format";
import { capitalise, rankText } from "./benchmark-words.ts";
import { QuartileBand } from "./quartile-band.tsx";
import { shortYearLabel } from "./year-labels.ts";

/** Every year's figures, newest first: the chart's text alternative and the table view. */
export function HistoryTable({
  id,
  history,
  measure,
  modelLabel,
}: {
  id: string;
  history: BenchmarkHistoryResponse;
  measure: BenchmarkMeasure;
  modelLabel: string;
}) {
  const { unit, decimals, polarity } = measure;
  const show = (value: number | null) =>
    value === null ? <span className="muted">No figure</span> : formatValue(value, unit, decimals);
  const rows = [...history.years].reverse();
  const first = history.years[0];
  const last = history.years.at(-1);
  const ranked = polarity !== "neutral";
  return (
    // A scrolling region must take keyboard focus so it can be scrolled without a mouse (WCAG 2.1.1).
    // biome-ignore lint/a11y/noNoninteractiveTabindex: the region scrolls sideways on small screens.
    <section className="table-scroll" aria-label={`${measure.title} year by year, table`} tabIndex={0}>
      <table className="data-table bm-table" id={id}>
        <caption>
          {measure.title}: {history.la.name}, England, {history.regionName ?? "region"} and statistical
          neighbours ({modelLabel})
          {first &&
            last &&
            `, ${shortYearLabel(measure, first.year)} to ${shortYearLabel(measure, last.year)}`}
          , newest first
        </caption>
        <thead>
          <tr>
            <th scope="col">Year</th>
            <th scope="col">{history.la.name}</th>
            <th scope="col">England</th>
            <th scope="col">{history.regionName ?? "Region"}</th>
            <th scope="col">Neighbours' mean</th>
            <th scope="col">Neighbours' median</th>
            {ranked && <th scope="col">Rank</th>}
            {ranked && <th scope="col">Quartile band</th>}
          </tr>
        </thead>
        <tbody>
          {rows.map((entry) => (
            <tr key={entry.year}>
              <th scope="row" className="bm-nowrap">
                {shortYearLabel(measure, entry.year)}
              </th>
              <td className="bm-nowrap">{show(entry.value)}</td>
              <td className="bm-nowrap">{show(entry.national)}</td>
              <td className="bm-nowrap">{show(entry.region)}</td>
              <td className="bm-nowrap">{show(entry.neighboursMean)}</td>
              <td className="bm-nowrap">{show(entry.neighboursMedian)}</td>
              {ranked && (
                <td className="bm-nowrap">{capitalise(rankText(entry.rank, entry.rankOf, polarity))}</td>
              )}
              {ranked && (
                <td>
                  <QuartileBand quartile={entry.quartile} />
                </td>
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
