import type { ScorecardResponse } from "@scorecard/shared/api-schema";
import { formatValue, shownDecimals } from "@scorecard/shared/figure-format";
import { ragSymbol } from "@scorecard/shared/rag-symbols";
import { IndicatorLink } from "../../../components/page-links.tsx";
import { matrixAreas } from "./area-figures.ts";

/** Indicators × areas, each cell the area's figure and rating as shape, word and colour. */
export function RagMatrix({
  scorecard,
  selected,
  period,
}: {
  scorecard: ScorecardResponse;
  selected: ReadonlySet<string> | null;
  /** The month compared, carried to each indicator's page. */
  period: string;
}) {
  const columns = matrixAreas(scorecard).filter((area) => selected === null || selected.has(area.areaId));
  return (
    // biome-ignore lint/a11y/noNoninteractiveTabindex: the region scrolls sideways on small screens.
    <section className="table-scroll" aria-labelledby="matrix-title" tabIndex={0}>
      <h2 id="matrix-title">Every indicator by area</h2>
      <table className="data-table rag-matrix">
        <caption className="visually-hidden">
          Rating of each indicator in each area, with the figure; indicators without a target are not rated
        </caption>
        <thead>
          <tr>
            <th scope="col">Indicator</th>
            <th scope="col">{scorecard.area.name}</th>
            {columns.map((area) => (
              <th scope="col" key={area.areaId}>
                {area.name}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {scorecard.rows.map((row) => {
            const decimals = shownDecimals(row.unit, row.decimals);
            return (
              <tr key={row.indicatorId}>
                <th scope="row">
                  <IndicatorLink indicatorId={row.indicatorId} period={period}>
                    {row.ref}. {row.title}
                  </IndicatorLink>
                </th>
                <td className={row.rag ? `rag-cell rag-${row.rag.toLowerCase()}` : "rag-cell"}>
                  <span aria-hidden="true">{ragSymbol(row.rag)}</span>{" "}
                  {formatValue(row.value, row.unit, decimals)}
                  {row.rag && <span className="rag-word"> {row.rag}</span>}
                </td>
                {columns.map((column) => {
                  const figure = row.areas.find((area) => area.areaId === column.areaId);
                  if (!figure) {
                    return (
                      <td key={column.areaId} className="muted">
                        No figure
                      </td>
                    );
                  }
                  return (
                    <td
                      key={column.areaId}
                      className={figure.rag ? `rag-cell rag-${figure.rag.toLowerCase()}` : "rag-cell"}
                    >
                      <span aria-hidden="true">{ragSymbol(figure.rag)}</span>{" "}
                      {formatValue(figure.value, row.unit, decimals)}
                      {figure.rag && <span className="rag-word"> {figure.rag}</span>}
                    </td>
                  );
                })}
              </tr>
            );
          })}
        </tbody>
      </table>
    </section>
  );
}
