import type { Indicator, ScorecardRow } from "@scorecard/shared/api-schema";
import { formatCount, formatValue, shownDecimals } from "@scorecard/shared/figure-format";
import { RagStatus } from "../../../components/rag-status.tsx";

const breakdownNames: Record<string, string> = {
  assessment: "Assessment teams",
  safeguarding: "Safeguarding teams",
  children_in_care: "Children in care teams",
  mash: "MASH teams",
};

/** The figures behind a row: numerator and denominator, each area, any breakdown, and the commentary. */
export function RowDetails({ row, indicator }: { row: ScorecardRow; indicator: Indicator | undefined }) {
  const decimals = shownDecimals(row.unit, row.decimals);
  return (
    <div className="row-details">
      {(row.numerator !== null || row.denominator !== null) && (
        <dl className="fraction-list">
          <dt>{indicator?.numeratorLabel ?? "Numerator"}</dt>
          <dd>{formatCount(row.numerator)}</dd>
          <dt>{indicator?.denominatorLabel ?? "Denominator"}</dt>
          <dd>{formatCount(row.denominator)}</dd>
        </dl>
      )}
      {row.areas.length > 0 && (
        <table className="mini-table">
          <caption>{row.title} by area</caption>
          <thead>
            <tr>
              <th scope="col">Area</th>
              <th scope="col">Value</th>
              {row.areas.some((area) => area.denominator !== null) && <th scope="col">Of</th>}
              {row.areas.some((area) => area.ratePer10k !== null) && <th scope="col">Per 10,000</th>}
              <th scope="col">Rating</th>
            </tr>
          </thead>
          <tbody>
            {row.areas.map((area) => (
              <tr key={area.areaId}>
                <th scope="row">{area.name}</th>
                <td>
                  {formatValue(area.value, row.unit, decimals)}
                  {area.source === "illustrative" && <span className="illustrative-tag">Illustrative</span>}
                </td>
                {row.areas.some((candidate) => candidate.denominator !== null) && (
                  <td>
                    {area.numerator !== null && area.denominator !== null
                      ? `${formatCount(area.numerator)} of ${formatCount(area.denominator)}`
                      : "—"}
                  </td>
                )}
                {row.areas.some((candidate) => candidate.ratePer10k !== null) && (
                  <td>{formatValue(area.ratePer10k, "number", 0)}</td>
                )}
                <td>
                  <RagStatus rag={area.rag} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {row.breakdown.length > 0 && (
        <table className="mini-table">
          <caption>{row.title} by team type</caption>
          <thead>
            <tr>
              <th scope="col">Team type</th>
              <th scope="col">Area</th>
              <th scope="col">Value</th>
            </tr>
          </thead>
          <tbody>
            {row.breakdown.map((entry) => (
              <tr key={`${entry.areaId}-${entry.breakdown}`}>
                <th scope="row">{breakdownNames[entry.breakdown] ?? entry.breakdown}</th>
                <td>{entry.areaId}</td>
                <td>{formatValue(entry.value, row.unit, decimals)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <p className="details-heading">
        <strong>Commentary</strong>
      </p>
      <p>{row.commentary ?? "No commentary was written for this month."}</p>
      {indicator && <p className="muted">Definition: {indicator.definition}</p>}
    </div>
  );
}
