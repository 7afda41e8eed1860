import { scorecardSearchSchema } from "@scorecard/shared/api-schema";
import { Link, useLocation } from "@tanstack/react-router";

/** The main menu. It carries the month and area between pages, so switching view keeps what the reader was looking at. */
export function Navigation() {
  const carried = useLocation({ select: (location) => scorecardSearchSchema.parse(location.search) });
  // Active by path alone: the carried month and area do not make another page's link current.
  const activeOptions = { includeSearch: false } as const;
  return (
    <nav aria-label="Main" className="site-nav no-print">
      <ul>
        <li>
          <Link to="/" search={carried} activeOptions={{ ...activeOptions, exact: true }}>
            Monthly scorecard
          </Link>
        </li>
        <li>
          <Link to="/compare" search={carried} activeOptions={activeOptions}>
            Compare areas
          </Link>
        </li>
        <li>
          <Link to="/benchmarks" activeOptions={activeOptions}>
            Benchmarks
          </Link>
        </li>
      </ul>
    </nav>
  );
}
