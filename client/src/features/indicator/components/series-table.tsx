import type { Indicator, SeriesResponse } from "@scorecard/shared/api-schema";
import { formatCount, formatValue } from "@scorecard/shared/figure-format";
import { periodLabel, periodLongLabel } from "@scorecard/shared/periods";
import { RagStatus } from "../../../components/rag-status.tsx";
import { RATE_DECIMALS } from "./chart-rows.ts";
import { signalWords, specialCauseLetter } from "./spc-words.ts";

/** Every month's figures, newest first: the text alternative to both charts. */
export function SeriesTable({
  id,
  series,
  indicator,
  areaName,
  decimals,
}: {
  id: string;
  series: SeriesResponse;
  indicator: Indicator;
  areaName: string;
  decimals: number;
}) {
  const spcByMonth = new Map(series.spc.points.map((point) => [point.period, point]));
  const rows = [...series.points].reverse();
  const showFraction = rows.some((point) => point.numerator !== null && point.denominator !== null);
  // Counts the papers also give per 10,000 children aged 0–17 (CP plans, children in care).
  const showRate = rows.some((point) => point.ratePer10k !== null);
  const first = series.points[0];
  const last = series.points.at(-1);
  const range =
    first && last
      ? first.period === last.period
        ? `, ${periodLongLabel(first.period)}`
        : `, ${periodLongLabel(first.period)} to ${periodLongLabel(last.period)}`
      : "";
  return (
    // A scrolling region must take keyboard focus so it can be scrolled without a mouse (WCAG 2.1.1).
    // biome-ignore lint/a11y/noNoninteractiveTabindex: the region scrolls sideways on small screens.
    <section className="table-scroll" aria-label={`${indicator.title} by month`} tabIndex={0}>
      <table className="data-table indicator-figures-table" id={id}>
        <caption>
          {indicator.title}, {areaName}
          {range}, newest month first
        </caption>
        <thead>
          <tr>
            <th scope="col">Month</th>
            <th scope="col">Value</th>
            {showRate && <th scope="col">Per 10,000</th>}
            {showFraction && (
              <th scope="col">
                {indicator.numeratorLabel ?? "Numerator"} of {indicator.denominatorLabel ?? "denominator"}
              </th>
            )}
            <th scope="col">Target</th>
            <th scope="col">Rating</th>
            <th scope="col">Source</th>
            <th scope="col" className="indicator-signal-column">
              SPC signal
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((point) => {
            const spcPoint = spcByMonth.get(point.period);
            return (
              <tr key={point.period}>
                <th scope="row">{periodLabel(point.period)}</th>
                <td className="indicator-nowrap">{formatValue(point.value, series.unit, decimals)}</td>
                {showRate && (
                  <td className="indicator-nowrap">
                    {formatValue(point.ratePer10k, "number", RATE_DECIMALS)}
                  </td>
                )}
                {showFraction && (
                  <td>
                    {point.numerator !== null && point.denominator !== null
                      ? `${formatCount(point.numerator)} of ${formatCount(point.denominator)}`
                      : "—"}
                  </td>
                )}
                <td className="indicator-nowrap">
                  {point.target === null ? (
                    <span className="muted">No target</span>
                  ) : (
                    formatValue(point.target, series.unit, indicator.decimals)
                  )}
                </td>
                <td>
                  <RagStatus rag={point.rag} />
                </td>
                <td>
                  {point.source === "published" ? (
                    "Published"
                  ) : (
                    <span className="illustrative-tag">Illustrative</span>
                  )}
                </td>
                <td>
                  {spcPoint ? (
                    <>
                      {spcPoint.specialCause && (
                        <span className={`spc-letter spc-letter-${spcPoint.specialCause}`} aria-hidden="true">
                          {specialCauseLetter[spcPoint.specialCause]}
                        </span>
                      )}
                      {signalWords(spcPoint.specialCause, spcPoint.rules)}
                    </>
                  ) : (
                    <span className="muted">No figure</span>
                  )}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </section>
  );
}
