import type { Area, Indicator } from "@scorecard/shared/api-schema";
import type { MonthRevisionsResponse } from "@scorecard/shared/month-schema";
import { periodLongLabel } from "@scorecard/shared/periods";
import { ErrorState, LoadingState } from "../../../components/page-state.tsx";
import { formatDateTime } from "../../../lib/date-time.ts";
import { useMonthRevisions } from "../api/get-month-revisions.ts";

type Revision = MonthRevisionsResponse["revisions"][number];
type Figure = Revision["figures"][number];

const figureKey = (figure: Pick<Figure, "indicator" | "area" | "breakdown">) =>
  `${figure.indicator}\u0000${figure.area}\u0000${figure.breakdown}`;

const numberText = (value: number | null) =>
  value === null ? "—" : value.toLocaleString("en-GB", { maximumFractionDigits: 2 });

const figureText = (figure: Figure | undefined) => {
  if (!figure) return "No figure";
  if (figure.value !== null) return numberText(figure.value);
  return `${numberText(figure.numerator)} / ${numberText(figure.denominator)}`;
};

/**
 * A published month's revisions, newest first: who published each, when and why, and for each
 * earlier revision the figures it published that a later one corrected, beside today's.
 */
export function MonthRevisionsPage({
  org,
  period,
  indicators,
  areas,
}: {
  org: string;
  period: string;
  indicators: readonly Indicator[];
  areas: readonly Area[];
}) {
  const revisions = useMonthRevisions(org, period);
  const label = periodLongLabel(period);
  const heading = (
    <h1>
      {label} <span className="subtitle">Published revisions</span>
    </h1>
  );
  if (revisions.isPending) return <LoadingState>Loading the revisions of {label}…</LoadingState>;
  if (revisions.isError)
    return (
      <>
        {heading}
        <ErrorState what={`the revisions of ${label}`} error={revisions.error} />
      </>
    );
  const titleOf = new Map(
    indicators.map((indicator) => [indicator.id, `${indicator.ref}. ${indicator.title}`]),
  );
  const areaName = new Map(areas.map((area) => [area.id, area.name]));
  const ordered = [...revisions.data.revisions].sort((a, b) => b.revision - a.revision);
  const latest = ordered[0];
  const current = new Map((latest?.figures ?? []).map((figure) => [figureKey(figure), figure]));
  return (
    <>
      {heading}
      <p>
        A correction is published as a new revision; the figures it replaced stay here. The scorecard shows
        revision {latest?.revision ?? 1}.
      </p>
      {ordered.map((revision) => (
        <section key={revision.revision} aria-labelledby={`revision-${revision.revision}`}>
          <h2 id={`revision-${revision.revision}`}>
            Revision {revision.revision}
            {revision === latest ? " (current)" : ""}
          </h2>
          <p>
            {revision.publishedAt
              ? `Published ${formatDateTime(revision.publishedAt)}${revision.publishedBy ? ` by ${revision.publishedBy}` : ""}.`
              : "Published before the monthly cycle was recorded here."}
            {revision.reason ? ` Reason: ${revision.reason}` : ""}
          </p>
          {revision !== latest &&
            (revision.figures.length === 0 ? (
              <p>No figure of this revision was changed later.</p>
            ) : (
              <div className="table-scroll">
                <table className="data-table">
                  <caption>Figures of revision {revision.revision} that a later revision corrected</caption>
                  <thead>
                    <tr>
                      <th scope="col">Indicator</th>
                      <th scope="col">Area</th>
                      <th scope="col">Revision {revision.revision}</th>
                      <th scope="col">Now</th>
                    </tr>
                  </thead>
                  <tbody>
                    {revision.figures.map((figure) => (
                      <tr key={figureKey(figure)}>
                        <th scope="row">{titleOf.get(figure.indicator) ?? figure.indicator}</th>
                        <td>
                          {areaName.get(figure.area) ?? figure.area}
                          {figure.breakdown ? ` (${figure.breakdown})` : ""}
                        </td>
                        <td>{figureText(figure)}</td>
                        <td>{figureText(current.get(figureKey(figure)))}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
            ))}
        </section>
      ))}
    </>
  );
}
