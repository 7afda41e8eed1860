import type { SeriesResponse } from "@scorecard/shared/api-schema";
import { periodLongLabel } from "@scorecard/shared/periods";

/** The paragraph each month's paper printed under the indicator, newest first. */
export function CommentaryList({ commentary }: { commentary: SeriesResponse["commentary"] }) {
  const newestFirst = [...commentary].sort((a, b) => b.period.localeCompare(a.period));
  return (
    <section className="indicator-section" aria-labelledby="indicator-commentary">
      <h2 id="indicator-commentary">Commentary, month by month</h2>
      {newestFirst.length > 0 && (
        <p className="muted">The council's papers comment on the whole authority, whichever area is shown.</p>
      )}
      {newestFirst.length === 0 ? (
        <p className="muted">No commentary was written for the months shown.</p>
      ) : (
        newestFirst.map((entry) => (
          <article key={entry.period} className="indicator-commentary">
            <h3>{periodLongLabel(entry.period)}</h3>
            <p>{entry.body}</p>
          </article>
        ))
      )}
    </section>
  );
}
