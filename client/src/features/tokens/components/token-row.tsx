import type { ApiToken } from "@scorecard/shared/auth-schema";
import { roleLabels } from "@scorecard/shared/roles";
import { useRef, useState } from "react";
import { ConfirmAction } from "../../../components/confirm-action.tsx";
import { formatDateTime } from "../../../lib/date-time.ts";
import { messageOf } from "../../../lib/form-errors.ts";
import { useRevokeToken } from "../api/revoke-token.ts";

const When = ({ iso, none }: { iso: string | null; none: string }) =>
  iso ? <time dateTime={iso}>{formatDateTime(iso)}</time> : <span className="muted">{none}</span>;

export function TokenRow({
  org,
  token,
  onRevoked,
}: {
  org: string;
  token: ApiToken;
  onRevoked: (message: string) => void;
}) {
  const [confirming, setConfirming] = useState(false);
  const revokeRef = useRef<HTMLButtonElement>(null);
  const revoke = useRevokeToken(org);
  return (
    <tr>
      <th scope="row">{token.name}</th>
      <td>{token.role ? roleLabels[token.role] : "Installation admin"}</td>
      <td>
        <When iso={token.createdAt} none="—" />
      </td>
      <td>
        <When iso={token.lastUsedAt} none="Never used" />
      </td>
      <td>
        {token.revokedAt ? (
          <>
            Revoked <When iso={token.revokedAt} none="" />
          </>
        ) : (
          "Active"
        )}
      </td>
      <td>
        {token.revokedAt ? (
          <span className="muted">Revoked</span>
        ) : confirming ? (
          <ConfirmAction
            confirmLabel={`Yes, revoke ${token.name}`}
            pending={revoke.isPending}
            onConfirm={() =>
              revoke.mutate(token.id, {
                onSuccess: () => onRevoked(`${token.name} is revoked: it no longer works.`),
                onSettled: () => setConfirming(false),
              })
            }
            onCancel={() => {
              setConfirming(false);
              requestAnimationFrame(() => revokeRef.current?.focus());
            }}
          >
            Revoke {token.name}? Anything using it (a Power BI report, a script) stops working at once. This
            cannot be undone.
          </ConfirmAction>
        ) : (
          <button
            ref={revokeRef}
            type="button"
            className="secondary"
            aria-label={`Revoke ${token.name}`}
            onClick={() => setConfirming(true)}
          >
            Revoke
          </button>
        )}
        {revoke.error && (
          <p className="field-error" role="alert">
            {messageOf(revoke.error)}
          </p>
        )}
      </td>
    </tr>
  );
}
