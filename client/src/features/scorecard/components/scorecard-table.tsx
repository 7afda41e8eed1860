import type { Indicator, ScorecardResponse, ScorecardRow } from "@scorecard/shared/api-schema";
import { formatValue, shownDecimals } from "@scorecard/shared/figure-format";
import { periodLabel } from "@scorecard/shared/periods";
import { Fragment, useState } from "react";
import { IndicatorLink } from "../../../components/page-links.tsx";
import { RagStatus, TrendStatus } from "../../../components/rag-status.tsx";
import { Sparkline } from "../../../components/sparkline.tsx";
import { primaryBenchmark, printedBenchmark } from "../../../lib/benchmarks.ts";
import { RowDetails } from "./row-details.tsx";

function benchmarkCell(row: ScorecardRow, kind: "national" | "statistical_neighbours") {
  const benchmark = primaryBenchmark(row.benchmarks, kind);
  if (!benchmark) return <span className="muted">Not published</span>;
  const printed = printedBenchmark(row.benchmarks, kind);
  const decimals = shownDecimals(benchmark.unit, row.decimals);
  return (
    <span title={benchmark.source}>
      {formatValue(benchmark.value, benchmark.unit, decimals)}
      <span className="vintage">
        {" "}
        {benchmark.origin === "dfe" ? "DfE" : "Paper"} {benchmark.period}
      </span>
      {printed && (
        <span className="secondary-figure">
          Paper: {formatValue(printed.value, printed.unit, decimals)} ({printed.period})
        </span>
      )}
    </span>
  );
}

function sparklineLabel(row: ScorecardRow) {
  const values = row.history.filter((point) => point.value !== null);
  const first = values[0];
  const last = values.at(-1);
  if (!first || !last) return "No recent months";
  const decimals = shownDecimals(row.unit, row.decimals);
  return `Last ${values.length} months, from ${formatValue(first.value, row.unit, decimals)} in ${periodLabel(first.period)} to ${formatValue(last.value, row.unit, decimals)} in ${periodLabel(last.period)}`;
}

export function ScorecardTable({
  scorecard,
  indicators,
}: {
  scorecard: ScorecardResponse;
  indicators: readonly Indicator[];
}) {
  const [open, setOpen] = useState<ReadonlySet<string>>(new Set());
  const toggle = (id: string) =>
    setOpen((current) => {
      const next = new Set(current);
      if (next.has(id)) next.delete(id);
      else next.add(id);
      return next;
    });

  return (
    // A scrolling region must take keyboard focus so it can be scrolled without a mouse (WCAG 2.1.1).
    // biome-ignore lint/a11y/noNoninteractiveTabindex: the region scrolls sideways on small screens.
    <section className="table-scroll desktop-only" aria-label="Scorecard table" tabIndex={0}>
      <table className="scorecard-table">
        <caption className="visually-hidden">
          Scorecard for {scorecard.area.name}, {periodLabel(scorecard.period)}: each indicator with its
          baseline, target, rating, trend and benchmarks
        </caption>
        <thead>
          <tr>
            <th scope="col">Ref</th>
            <th scope="col">Indicator</th>
            <th scope="col">{periodLabel(scorecard.period)}</th>
            <th scope="col">Baseline</th>
            <th scope="col">Target</th>
            <th scope="col">Rating</th>
            <th scope="col">Trend</th>
            <th scope="col">National</th>
            <th scope="col">Statistical neighbours</th>
            <th scope="col" className="no-print">
              Last 12 months
            </th>
          </tr>
        </thead>
        <tbody>
          {scorecard.rows.map((row) => {
            const decimals = shownDecimals(row.unit, row.decimals);
            const detailsId = `details-${row.indicatorId}`;
            const isOpen = open.has(row.indicatorId);
            return (
              <Fragment key={row.indicatorId}>
                <tr className="indicator-row" data-indicator={row.indicatorId}>
                  <td>{row.ref}</td>
                  <th scope="row">
                    <IndicatorLink
                      indicatorId={row.indicatorId}
                      period={scorecard.period}
                      area={scorecard.area.id}
                    >
                      {row.title}
                    </IndicatorLink>
                    {row.source === "illustrative" && <span className="illustrative-tag">Illustrative</span>}
                    <button
                      type="button"
                      className="link-button no-print"
                      aria-expanded={isOpen}
                      aria-controls={detailsId}
                      onClick={() => toggle(row.indicatorId)}
                    >
                      {isOpen ? "Hide" : "Show"} figures and commentary
                      <span className="visually-hidden"> for {row.title}</span>
                    </button>
                  </th>
                  <td className="figure-cell">
                    <span className="figure">{formatValue(row.value, row.unit, decimals)}</span>
                    {row.ratePer10k !== null && (
                      <span className="secondary-figure">
                        {formatValue(row.ratePer10k, "rate_per_10k", 0)}
                      </span>
                    )}
                  </td>
                  <td>
                    {row.baseline ? (
                      <>
                        {formatValue(row.baseline.value, row.unit, decimals)}
                        <span className="baseline-label">{row.baseline.label}</span>
                      </>
                    ) : (
                      <span className="muted">None</span>
                    )}
                  </td>
                  <td>
                    {row.target === null ? (
                      <span className="muted">None</span>
                    ) : (
                      formatValue(row.target, row.unit, row.decimals)
                    )}
                  </td>
                  <td>
                    <RagStatus rag={row.rag} />
                  </td>
                  <td>
                    <TrendStatus trend={row.trend} />
                  </td>
                  <td>{benchmarkCell(row, "national")}</td>
                  <td>{benchmarkCell(row, "statistical_neighbours")}</td>
                  <td className="no-print">
                    <Sparkline points={row.history} label={sparklineLabel(row)} />
                  </td>
                </tr>
                <tr id={detailsId} className="details-row no-print" hidden={!isOpen}>
                  <td colSpan={10}>
                    {isOpen && (
                      <RowDetails
                        row={row}
                        indicator={indicators.find((candidate) => candidate.id === row.indicatorId)}
                      />
                    )}
                  </td>
                </tr>
              </Fragment>
            );
          })}
        </tbody>
      </table>
    </section>
  );
}
