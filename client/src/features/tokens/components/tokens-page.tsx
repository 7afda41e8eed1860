import { useRef, useState } from "react";
import { OneTimeSecret } from "../../../components/one-time-secret.tsx";
import { EmptyState, ErrorState, LoadingState } from "../../../components/page-state.tsx";
import { useTokens } from "../api/get-tokens.ts";
import { type CreatedToken, CreateTokenForm } from "./create-token-form.tsx";
import { TokenRow } from "./token-row.tsx";

const ADVICE =
  "This page is for the organisation's org admins (and the installation admin). Sign in with such an account, or ask one of them.";

/** The organisation's API tokens (org admin): for scripts, Power BI and Excel. */
export function TokensPage({ org, organisationName }: { org: string; organisationName: string }) {
  const tokens = useTokens(org);
  const [created, setCreated] = useState<CreatedToken | null>(null);
  const [status, setStatus] = useState("");
  const statusRef = useRef<HTMLParagraphElement>(null);
  const announce = (message: string) => {
    setStatus(message);
    requestAnimationFrame(() => statusRef.current?.focus());
  };
  const origin = typeof window === "undefined" ? "" : window.location.origin;
  return (
    <>
      <h1>API tokens · {organisationName}</h1>
      <p className="subtitle">
        Tokens let a script, Power BI or Excel read (or, with a higher role, change) this organisation's data
        without a person signing in. Each has a role, like a person.
      </p>
      <p className="status-message" role="status" ref={statusRef} tabIndex={-1}>
        {status}
      </p>
      {created && (
        <OneTimeSecret
          title={`Token created: ${created.name}`}
          label={`The secret of ${created.name}`}
          value={created.token}
          onDismiss={() => setCreated(null)}
        >
          <h4>How to use it</h4>
          <p>
            Send it with every request as the header <code>Authorization: Bearer {"<token>"}</code>, for
            example:
          </p>
          <code className="secret-value">
            curl -H "Authorization: Bearer {created.token}" {origin}/api/orgs/{org}/scorecard
          </code>
          <p>
            In Power BI: <strong>Get data → Web → Advanced</strong>; URL{" "}
            <code>{`${origin}/api/orgs/${org}/scorecard`}</code>; add the HTTP request header{" "}
            <code>Authorization</code> with the value <code>Bearer</code>, a space and the token.
          </p>
        </OneTimeSecret>
      )}
      <h2>Tokens</h2>
      {tokens.isPending ? (
        <LoadingState>Loading the tokens…</LoadingState>
      ) : tokens.isError ? (
        <ErrorState
          what="the tokens"
          error={tokens.error}
          advice={ADVICE}
          onRetry={() => void tokens.refetch()}
        />
      ) : tokens.data.length === 0 ? (
        <EmptyState title="No tokens yet">
          <p>This organisation has no API tokens. Create one below.</p>
        </EmptyState>
      ) : (
        <div className="table-scroll">
          <table className="data-table">
            <caption className="visually-hidden">API tokens, with their role and when they were used</caption>
            <thead>
              <tr>
                <th scope="col">Name</th>
                <th scope="col">Role</th>
                <th scope="col">Created</th>
                <th scope="col">Last used</th>
                <th scope="col">Status</th>
                <th scope="col">Revoke</th>
              </tr>
            </thead>
            <tbody>
              {tokens.data.map((token) => (
                <TokenRow key={token.id} org={org} token={token} onRevoked={announce} />
              ))}
            </tbody>
          </table>
        </div>
      )}
      <CreateTokenForm
        org={org}
        onCreated={(token) => {
          setCreated(token);
          announce(`Token ${token.name} created. Copy its secret now: it is shown only once.`);
        }}
      />
    </>
  );
}
