import type { ScorecardRow } from "@scorecard/shared/api-schema";

/** The paragraphs under each indicator, printed after the table on the board paper. */
export function ScorecardCommentary({ rows }: { rows: readonly ScorecardRow[] }) {
  const withCommentary = rows.filter((row) => row.commentary);
  if (withCommentary.length === 0) return null;
  return (
    <section className="print-only commentary-section" aria-label="Commentary">
      <h2>Commentary</h2>
      {withCommentary.map((row) => (
        <article key={row.indicatorId} className="commentary-block">
          <h3>
            {row.ref}. {row.title}
          </h3>
          <p>{row.commentary}</p>
        </article>
      ))}
    </section>
  );
}
