import type { BenchmarksResponse } from "@scorecard/shared/api-schema";
import { formatValue } from "@scorecard/shared/figure-format";
import { figureText } from "./benchmark-words.ts";

/** The LA's DfE statistical neighbours, closest first, with the LA itself and the averages for reference. */
export function NeighboursTable({ data, yearText }: { data: BenchmarksResponse; yearText: string }) {
  const { measure, la, statisticalNeighbours: neighbours } = data;
  const { unit, decimals } = measure;
  if (neighbours.members.length === 0) {
    return (
      <p>
        {la.name} has no statistical neighbours in the {neighbours.modelLabel}. It may no longer be a local
        authority in that model; choose the other model or another local authority above.
      </p>
    );
  }
  return (
    // biome-ignore lint/a11y/noNoninteractiveTabindex: the region scrolls sideways on small screens.
    <section className="table-scroll" aria-label={`${la.name}'s statistical neighbours, table`} tabIndex={0}>
      <table className="data-table bm-table">
        <caption>
          {la.name}'s {neighbours.members.length} statistical neighbours, closest first (
          {neighbours.modelLabel}
          ): {measure.title}, {yearText}
        </caption>
        <thead>
          <tr>
            <th scope="col">Position</th>
            <th scope="col">Local authority</th>
            <th scope="col">Value</th>
            <th scope="col">Closeness</th>
          </tr>
        </thead>
        <tbody>
          {neighbours.members.map((member) => (
            <tr key={member.code}>
              <td>{member.position}</td>
              <th scope="row">{member.name}</th>
              <td className={member.value === null ? "muted" : "bm-nowrap"}>
                {figureText(member.value, member.suppression, unit, decimals)}
              </td>
              <td>{member.closeness}</td>
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr className="bm-reference">
            <td>
              <span className="visually-hidden">Not a neighbour</span>
            </td>
            <th scope="row">{la.name} (selected, for reference)</th>
            <td>{figureText(data.value, data.suppression, unit, decimals)}</td>
            <td>
              <span className="visually-hidden">Not applicable</span>
            </td>
          </tr>
          <tr>
            <td />
            <th scope="row">Neighbours' mean</th>
            <td>{formatValue(neighbours.mean, unit, decimals)}</td>
            <td>
              {neighbours.withValues} of {neighbours.members.length} with a figure
            </td>
          </tr>
          <tr>
            <td />
            <th scope="row">Neighbours' median</th>
            <td>{formatValue(neighbours.median, unit, decimals)}</td>
            <td />
          </tr>
        </tfoot>
      </table>
    </section>
  );
}
