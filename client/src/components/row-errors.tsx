import { useEffect, useRef } from "react";

export interface RowProblem {
  row?: number | null | undefined;
  column?: string | null | undefined;
  message: string;
}

/**
 * Every problem the server found, as a table a performance officer can work down: the file's row,
 * the column and what to fix. Focus moves to it when it appears, so a keyboard user lands on it.
 */
export function RowErrors({
  title,
  summary,
  errors,
}: {
  title: string;
  summary: string;
  errors: readonly RowProblem[];
}) {
  const headingRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => headingRef.current?.focus(), []);
  return (
    <div className="return-errors" role="alert">
      <h3 ref={headingRef} tabIndex={-1}>
        {title}
      </h3>
      <p>{summary}</p>
      {errors.length > 0 && (
        <div className="table-scroll">
          <table className="data-table">
            <caption className="visually-hidden">{title}</caption>
            <thead>
              <tr>
                <th scope="col">Row</th>
                <th scope="col">Column</th>
                <th scope="col">Problem</th>
              </tr>
            </thead>
            <tbody>
              {errors.map((error, index) => (
                // Problems have no id of their own; their order is the server's and fixed.
                // biome-ignore lint/suspicious/noArrayIndexKey: a static list, never reordered
                <tr key={index}>
                  <td>{error.row ?? "Whole file"}</td>
                  <td>{error.column ?? "—"}</td>
                  <td>{error.message}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </div>
  );
}
