import { addMonths, isPeriod, periodLongLabel } from "@scorecard/shared/periods";
import { Link } from "@tanstack/react-router";
import { useId, useState } from "react";
import { EmptyState, ErrorState, LoadingState } from "../../../components/page-state.tsx";
import { useMonths } from "../api/get-months.ts";
import { MonthStateTag } from "./month-state-tag.tsx";
import "./months.css";

/**
 * The organisation's months, latest first, with their state and revision, and the next month to
 * open. Choosing a month goes to its "This month" page.
 */
export function MonthsPage({
  org,
  organisationName,
  onChooseMonth,
}: {
  org: string;
  organisationName: string;
  onChooseMonth: (period: string) => void;
}) {
  const months = useMonths(org);
  const [chosen, setChosen] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const inputId = useId();

  const heading = (
    <h1>
      Months <span className="subtitle">{organisationName}</span>
    </h1>
  );
  if (months.isPending) return <LoadingState>Loading the months…</LoadingState>;
  if (months.isError)
    return (
      <>
        {heading}
        <ErrorState what="the months" error={months.error} onRetry={() => months.refetch()} />
      </>
    );

  const latest = months.data.months[0]?.period;
  const next = latest ? addMonths(latest, 1) : null;
  const value = chosen ?? next ?? "";
  return (
    <>
      {heading}
      <form
        className="admin-form month-open"
        onSubmit={(event) => {
          event.preventDefault();
          if (!isPeriod(value)) {
            setError("Month: choose a month, for example April 2018 (2018-04)");
            return;
          }
          setError(null);
          onChooseMonth(value);
        }}
      >
        <h2>Work on a month</h2>
        <div className={error ? "form-field form-field-error" : "form-field"}>
          <label className="field-label" htmlFor={inputId}>
            Month
          </label>
          <p className="field-hint" id={`${inputId}-hint`}>
            Year and month, for example 2018-04.
            {next ? ` The next month to open is ${periodLongLabel(next)}.` : ""}
          </p>
          {error && (
            <p className="field-error" id={`${inputId}-error`}>
              <span className="visually-hidden">Error:</span> {error}
            </p>
          )}
          <input
            id={inputId}
            type="month"
            value={value}
            onChange={(event) => setChosen(event.target.value)}
            aria-invalid={error ? true : undefined}
            aria-describedby={`${inputId}-hint${error ? ` ${inputId}-error` : ""}`}
          />
        </div>
        <div className="form-actions">
          <button type="submit">Go to the month</button>
        </div>
      </form>
      <h2>Every month</h2>
      {months.data.months.length === 0 ? (
        <EmptyState title="No months yet">
          <p>Open the first month above, or upload its return.</p>
        </EmptyState>
      ) : (
        <div className="table-scroll">
          <table className="data-table">
            <caption className="visually-hidden">The organisation's months</caption>
            <thead>
              <tr>
                <th scope="col">Month</th>
                <th scope="col">State</th>
                <th scope="col">Revision</th>
                <th scope="col">Public sees</th>
              </tr>
            </thead>
            <tbody>
              {months.data.months.map((month) => (
                <tr key={month.period}>
                  <th scope="row">
                    <Link to="/o/$org/months/$period" params={{ org, period: month.period }}>
                      {month.label}
                    </Link>
                  </th>
                  <td>
                    <MonthStateTag state={month.state} />
                  </td>
                  <td>{month.revision}</td>
                  <td>
                    {month.publishedRevision === null ? "Nothing yet" : `Revision ${month.publishedRevision}`}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </>
  );
}
