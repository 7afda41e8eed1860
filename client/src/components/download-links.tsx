/*
 * Links to a table's CSV and Excel downloads, beside the table. Plain links to stable /api URLs
 * carrying the page's current filters, so what is downloaded is what is shown, and the same URL can
 * be given to Power BI or Excel "from web" with an API token.
 */

type Query = Record<string, string | number | null | undefined>;

/** `/api/…/scorecard` + `.csv` + the set filters, in a stable order. */
export function downloadHref(path: string, format: "csv" | "xlsx" | "pdf", query: Query = {}): string {
  const search = new URLSearchParams();
  for (const [name, value] of Object.entries(query)) {
    if (value !== null && value !== undefined && value !== "") search.set(name, String(value));
  }
  const text = search.toString();
  return `${path}.${format}${text ? `?${text}` : ""}`;
}

/** "Download: CSV · Excel". `what` finishes "Download … as CSV", e.g. "the scorecard". */
export function DownloadLinks({ path, query, what }: { path: string; query?: Query; what: string }) {
  return (
    <p className="download-links no-print">
      Download:{" "}
      <a href={downloadHref(path, "csv", query)} download aria-label={`Download ${what} as CSV`}>
        CSV
      </a>{" "}
      ·{" "}
      <a href={downloadHref(path, "xlsx", query)} download aria-label={`Download ${what} as Excel`}>
        Excel
      </a>
    </p>
  );
}

/** The month's board pack, built on the server as a PDF. */
export function BoardPackLink({
  org,
  period,
  area,
  className,
}: {
  org: string;
  period: string;
  area: string;
  className?: string;
}) {
  return (
    <a
      className={className ? `no-print ${className}` : "no-print"}
      href={downloadHref(`/api/orgs/${encodeURIComponent(org)}/months/${period}/board-pack`, "pdf", { area })}
      download
    >
      Download board pack (PDF)
    </a>
  );
}
