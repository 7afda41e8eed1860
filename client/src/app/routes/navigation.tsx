import { scorecardSearchSchema } from "@scorecard/shared/api-schema";
import { Link, useLocation, useParams } from "@tanstack/react-router";
import { useSession } from "../../features/session/api/get-session.ts";
import { hasRoleAtLeast } from "../../lib/organisation-role.ts";

/**
 * The main menu of the organisation being read. It carries the month and area between pages, so
 * switching view keeps what the reader was looking at. Outside an organisation (sign-in, account)
 * it points at the old addresses, which lead to the default organisation.
 */
export function Navigation() {
  const org = useParams({ strict: false, select: (params) => params.org });
  const carried = useLocation({ select: (location) => scorecardSearchSchema.parse(location.search) });
  // Active by path alone: the carried month and area do not make another page's link current.
  const activeOptions = { includeSearch: false } as const;
  // Shown to those the server would let in; the server's permission table is the real guard.
  const session = useSession().data;
  const administers = Boolean(org) && hasRoleAtLeast(session, org ?? "", "org_admin");
  const prepares = Boolean(org) && hasRoleAtLeast(session, org ?? "", "editor");
  return (
    <nav aria-label="Main" className="site-nav no-print">
      <ul>
        <li>
          {org ? (
            <Link
              to="/o/$org"
              params={{ org }}
              search={carried}
              activeOptions={{ ...activeOptions, exact: true }}
            >
              Monthly scorecard
            </Link>
          ) : (
            <Link to="/" search={carried} activeOptions={{ ...activeOptions, exact: true }}>
              Monthly scorecard
            </Link>
          )}
        </li>
        <li>
          {org ? (
            <Link to="/o/$org/compare" params={{ org }} search={carried} activeOptions={activeOptions}>
              Compare areas
            </Link>
          ) : (
            <Link to="/compare" search={carried} activeOptions={activeOptions}>
              Compare areas
            </Link>
          )}
        </li>
        <li>
          {org ? (
            <Link to="/o/$org/benchmarks" params={{ org }} activeOptions={activeOptions}>
              Benchmarks
            </Link>
          ) : (
            <Link to="/benchmarks" activeOptions={activeOptions}>
              Benchmarks
            </Link>
          )}
        </li>
        {org && prepares && (
          <li>
            <Link to="/o/$org/months" params={{ org }} activeOptions={activeOptions}>
              Months
            </Link>
          </li>
        )}
        {org && administers && (
          <>
            <li>
              <Link to="/o/$org/people" params={{ org }} activeOptions={activeOptions}>
                People
              </Link>
            </li>
            <li>
              <Link to="/o/$org/areas" params={{ org }} activeOptions={activeOptions}>
                Areas
              </Link>
            </li>
            <li>
              <Link to="/o/$org/tokens" params={{ org }} activeOptions={activeOptions}>
                API tokens
              </Link>
            </li>
            <li>
              <Link to="/o/$org/audit" params={{ org }} activeOptions={activeOptions}>
                Audit trail
              </Link>
            </li>
          </>
        )}
      </ul>
    </nav>
  );
}
