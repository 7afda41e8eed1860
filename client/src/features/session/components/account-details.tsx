import type { SessionResponse } from "@scorecard/shared/auth-schema";
import { roleLabels } from "@scorecard/shared/roles";
import { Link } from "@tanstack/react-router";

/** Who you are signed in as, and your role in each organisation. */
export function AccountDetails({ session }: { session: SessionResponse }) {
  const { user, memberships } = session;
  return (
    <>
      <dl className="account-details">
        <dt>Name</dt>
        <dd>{user.name}</dd>
        <dt>Email address</dt>
        <dd>{user.email}</dd>
        {user.isInstallationAdmin && (
          <>
            <dt>Installation</dt>
            <dd>Installation admin: you manage organisations and accounts</dd>
          </>
        )}
      </dl>
      <h2>Your organisations</h2>
      {memberships.length === 0 ? (
        <p>
          You are not a member of any organisation yet. Public organisations' scorecards are open to everyone.
        </p>
      ) : (
        <div className="table-scroll">
          <table>
            <caption className="visually-hidden">Your organisations and your role in each</caption>
            <thead>
              <tr>
                <th scope="col">Organisation</th>
                <th scope="col">Your role</th>
              </tr>
            </thead>
            <tbody>
              {memberships.map((membership) => (
                <tr key={membership.organisation}>
                  <th scope="row">
                    <Link to="/o/$org" params={{ org: membership.organisation }}>
                      {membership.organisationName}
                    </Link>
                  </th>
                  <td>{roleLabels[membership.role]}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </>
  );
}
