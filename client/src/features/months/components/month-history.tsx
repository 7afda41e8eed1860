import type { MonthEvent, MonthSummary } from "@scorecard/shared/month-schema";
import { formatDateTime } from "../../../lib/date-time.ts";

const EVENT_WORDS: Record<MonthEvent, string> = {
  open: "Opened as a draft",
  submit: "Submitted",
  return: "Returned to draft",
  approve: "Approved",
  publish: "Published",
  reopen: "Reopened for a correction",
  figures: "Figures saved",
  commentary: "Commentary saved",
  history: "Loaded as history",
};

/** Who did what to the month, and when, newest last as the history was made. */
export function MonthHistory({ month }: { month: MonthSummary }) {
  if (month.history.length === 0) return <p>Nothing has been recorded for this month yet.</p>;
  return (
    <div className="table-scroll">
      <table className="data-table">
        <caption className="visually-hidden">The month's history</caption>
        <thead>
          <tr>
            <th scope="col">When</th>
            <th scope="col">What</th>
            <th scope="col">Revision</th>
            <th scope="col">Who</th>
            <th scope="col">Reason</th>
          </tr>
        </thead>
        <tbody>
          {month.history.map((entry) => (
            <tr key={`${entry.at} ${entry.event} ${entry.revision}`}>
              <td>{formatDateTime(entry.at)}</td>
              <td>{EVENT_WORDS[entry.event]}</td>
              <td>{entry.revision}</td>
              <td>{entry.by}</td>
              <td>{entry.reason ?? "—"}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
