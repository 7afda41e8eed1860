import type { Area, Indicator } from "@scorecard/shared/api-schema";
import type { MonthFigure } from "@scorecard/shared/month-schema";
import { useMemo, useState } from "react";
import { RowErrors } from "../../../components/row-errors.tsx";
import { ApiValidationError } from "../../../lib/api-client.ts";
import { useSaveFiguresGrid } from "../api/save-figures-grid.ts";
import { figuresFromGrid, type GridProblem, type GridRow, gridRows } from "./grid-rows.ts";

type Cell = keyof GridRow["cells"];

const formatNumber = (value: number) => value.toLocaleString("en-GB", { maximumFractionDigits: 2 });

/**
 * The draft's figures as a table to type into, last month beside each line. Saving sends the whole
 * grid, checked by the same rules as a return file; the problems name the grid's own line numbers.
 */
export function FiguresGrid({
  org,
  period,
  figures,
  previousFigures,
  indicators,
  areas,
  editable,
}: {
  org: string;
  period: string;
  figures: readonly MonthFigure[];
  previousFigures: readonly MonthFigure[];
  indicators: readonly Indicator[];
  areas: readonly Area[];
  editable: boolean;
}) {
  const initial = useMemo(
    () => gridRows(figures, previousFigures, indicators),
    [figures, previousFigures, indicators],
  );
  const [edits, setEdits] = useState<Record<string, GridRow["cells"]>>({});
  const [problems, setProblems] = useState<GridProblem[] | null>(null);
  const save = useSaveFiguresGrid(org, period);
  const rows = initial.map((row) => ({ ...row, cells: edits[row.key] ?? row.cells }));
  const titleOf = new Map(
    indicators.map((indicator) => [indicator.id, `${indicator.ref}. ${indicator.title}`]),
  );
  const areaName = new Map(areas.map((area) => [area.id, area.name]));
  const changed = Object.keys(edits).length > 0;

  const setCell = (row: GridRow, cell: Cell, text: string) =>
    setEdits((current) => ({ ...current, [row.key]: { ...(current[row.key] ?? row.cells), [cell]: text } }));

  const onSave = () => {
    const { figures: toSave, lineOf, problems: local } = figuresFromGrid(rows);
    if (local.length > 0) {
      setProblems(local);
      return;
    }
    setProblems(null);
    save.mutate(
      { figures: toSave },
      {
        onSuccess: () => setEdits({}),
        onError: (error) => {
          if (!(error instanceof ApiValidationError)) return;
          setProblems(
            error.errors.map((problem) => ({
              row: problem.row ? (lineOf[problem.row - 1] ?? problem.row) : 0,
              column: problem.column ?? "",
              message: problem.message,
            })),
          );
        },
      },
    );
  };

  const input = (row: GridRow, cell: Cell, line: number) => (
    <input
      className="grid-input"
      inputMode="decimal"
      aria-label={`${cell[0]?.toUpperCase()}${cell.slice(1)}, line ${line}: ${titleOf.get(row.indicator) ?? row.indicator}, ${areaName.get(row.area) ?? row.area}${row.breakdown ? `, ${row.breakdown}` : ""}`}
      value={row.cells[cell]}
      readOnly={!editable}
      onChange={(event) => setCell(row, cell, event.target.value)}
    />
  );

  const last = (figure: MonthFigure | null) => {
    if (!figure) return "—";
    if (figure.value !== null) return formatNumber(figure.value);
    if (figure.numerator !== null && figure.denominator !== null)
      return `${formatNumber(figure.numerator)} / ${formatNumber(figure.denominator)}`;
    return "—";
  };

  return (
    <div className="figures-grid">
      {rows.length === 0 ? (
        <p>No lines yet: upload the return to start the grid.</p>
      ) : (
        <div className="table-scroll">
          <table className="data-table">
            <caption className="visually-hidden">The month's figures, line by line</caption>
            <thead>
              <tr>
                <th scope="col">Line</th>
                <th scope="col">Indicator</th>
                <th scope="col">Area</th>
                <th scope="col">Numerator</th>
                <th scope="col">Denominator</th>
                <th scope="col">Value</th>
                <th scope="col">Last month</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((row, index) => (
                <tr key={row.key}>
                  <td>{index + 1}</td>
                  <th scope="row">{titleOf.get(row.indicator) ?? row.indicator}</th>
                  <td>
                    {areaName.get(row.area) ?? row.area}
                    {row.breakdown && <span className="muted"> ({row.breakdown})</span>}
                  </td>
                  <td>{row.asks === "fraction" ? input(row, "numerator", index + 1) : null}</td>
                  <td>{row.asks === "fraction" ? input(row, "denominator", index + 1) : null}</td>
                  <td>{row.asks === "value" ? input(row, "value", index + 1) : null}</td>
                  <td>{last(row.lastMonth)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {editable && rows.length > 0 && (
        <div className="form-actions">
          <button type="button" onClick={onSave} disabled={save.isPending || !changed}>
            {save.isPending ? "Saving…" : "Save the grid"}
          </button>
          {changed && <span className="muted">Unsaved changes</span>}
        </div>
      )}
      {problems && problems.length > 0 && (
        <RowErrors
          title="The grid was not saved"
          summary="Nothing was stored. Fix these lines and save again."
          errors={problems.map((problem) => ({ ...problem, row: problem.row || null }))}
        />
      )}
      {save.isError && !(save.error instanceof ApiValidationError) && (
        <p className="state state-error" role="alert">
          {save.error.message}
        </p>
      )}
      {save.isSuccess && !changed && (
        <p className="status-message" role="status">
          Grid saved: {save.data.rows} figures in the draft.
        </p>
      )}
    </div>
  );
}
