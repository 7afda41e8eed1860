import type { TargetsResponse } from "@scorecard/shared/api-schema";
import { formatValue } from "@scorecard/shared/figure-format";
import { periodLongLabel } from "@scorecard/shared/periods";

/** Each target the indicator has had, oldest first, with why it was set. */
export function TargetHistory({
  targets,
  title,
  decimals,
}: {
  targets: TargetsResponse;
  title: string;
  decimals: number;
}) {
  const entries = [...targets.targets].sort((a, b) => a.effectiveFrom.localeCompare(b.effectiveFrom));
  if (entries.length === 0) return <p className="muted">This indicator has never had a target.</p>;
  return (
    // biome-ignore lint/a11y/noNoninteractiveTabindex: the region scrolls sideways on small screens.
    <section className="table-scroll" aria-label="Target history table" tabIndex={0}>
      <table className="data-table indicator-history-table">
        <caption className="visually-hidden">Targets for {title}, oldest first</caption>
        <thead>
          <tr>
            <th scope="col">From</th>
            <th scope="col">Target</th>
            <th scope="col">Reason</th>
          </tr>
        </thead>
        <tbody>
          {entries.map((entry) => (
            <tr key={`${entry.effectiveFrom}-${entry.recordedAt}`}>
              <th scope="row">{periodLongLabel(entry.effectiveFrom)}</th>
              <td className="indicator-nowrap">
                {entry.value === null ? "No target" : formatValue(entry.value, targets.unit, decimals)}
              </td>
              <td>{entry.reason}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
