import type { ReturnWarning } from "@scorecard/shared/month-schema";
import { useEffect, useRef } from "react";

export interface ReturnProblem {
  row?: number | null | undefined;
  column?: string | null | undefined;
  message: string;
}

/**
 * Every problem the server found, as a table a performance officer can work down: the file's row,
 * the column and what to fix. Focus moves to it when it appears, so a keyboard user lands on it.
 */
export function ReturnErrors({
  title,
  summary,
  errors,
}: {
  title: string;
  summary: string;
  errors: readonly ReturnProblem[];
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

const WARNING_WORDS: Record<ReturnWarning["kind"], string> = {
  outside_process_limits: "Outside the usual range",
  large_change: "Large change",
  areas_do_not_add_up: "Areas do not add up",
};

/** Figures that were stored but look odd: worth a second look before submitting. */
export function ReturnWarnings({ warnings }: { warnings: readonly ReturnWarning[] }) {
  if (warnings.length === 0) return null;
  return (
    <section className="return-warnings" aria-labelledby="return-warnings-heading">
      <h3 id="return-warnings-heading">
        {warnings.length === 1 ? "1 figure to check" : `${warnings.length} figures to check`}
      </h3>
      <p>These figures were saved, but they look unusual. Check them before you submit the month.</p>
      <div className="table-scroll">
        <table className="data-table">
          <caption className="visually-hidden">Figures to check</caption>
          <thead>
            <tr>
              <th scope="col">Indicator</th>
              <th scope="col">Area</th>
              <th scope="col">Check</th>
              <th scope="col">Why</th>
            </tr>
          </thead>
          <tbody>
            {warnings.map((warning) => (
              <tr key={`${warning.kind} ${warning.indicator} ${warning.area} ${warning.breakdown}`}>
                <td>{warning.indicator}</td>
                <td>
                  {warning.area}
                  {warning.breakdown ? ` (${warning.breakdown})` : ""}
                </td>
                <td>{WARNING_WORDS[warning.kind]}</td>
                <td>{warning.message}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
