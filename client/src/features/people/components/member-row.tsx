import type { Member } from "@scorecard/shared/auth-schema";
import { type Role, roleLabels } from "@scorecard/shared/roles";
import { useId, useRef, useState } from "react";
import { ConfirmAction } from "../../../components/confirm-action.tsx";
import { messageOf } from "../../../lib/form-errors.ts";
import { roleOptions } from "../../../lib/role-options.ts";
import { useDeleteMember } from "../api/delete-member.ts";
import { usePutMember } from "../api/put-member.ts";

/** One person: their role (a labelled select and Save) and Remove, which asks first. */
export function MemberRow({
  org,
  member,
  onDone,
}: {
  org: string;
  member: Member;
  /** Says what happened, in the page's status line. */
  onDone: (message: string) => void;
}) {
  const selectId = useId();
  const [role, setRole] = useState<Role>(member.role);
  const [confirming, setConfirming] = useState(false);
  const removeRef = useRef<HTMLButtonElement>(null);
  const putMember = usePutMember(org);
  const deleteMember = useDeleteMember(org);
  const error = putMember.error ?? deleteMember.error;
  const who = member.name || member.email;
  return (
    <tr>
      <th scope="row">{member.name}</th>
      <td>{member.email}</td>
      <td>
        <form
          className="inline-field"
          onSubmit={(event) => {
            event.preventDefault();
            deleteMember.reset();
            putMember.mutate(
              { email: member.email, role },
              { onSuccess: () => onDone(`${who} is now ${roleLabels[role]}.`) },
            );
          }}
        >
          <label className="visually-hidden" htmlFor={selectId}>
            Role for {who}
          </label>
          <select id={selectId} value={role} onChange={(event) => setRole(event.target.value as Role)}>
            {roleOptions.map((option) => (
              <option key={option.value} value={option.value}>
                {option.label}
              </option>
            ))}
          </select>
          <button
            type="submit"
            className="secondary"
            aria-label={`Save role for ${who}`}
            disabled={putMember.isPending || role === member.role}
          >
            Save
          </button>
        </form>
      </td>
      <td>
        {confirming ? (
          <ConfirmAction
            confirmLabel={`Yes, remove ${who}`}
            pending={deleteMember.isPending}
            onConfirm={() => {
              putMember.reset();
              deleteMember.mutate(member.email, {
                onSuccess: () => onDone(`${who} was removed from this organisation.`),
                onError: () => setConfirming(false),
              });
            }}
            onCancel={() => {
              setConfirming(false);
              requestAnimationFrame(() => removeRef.current?.focus());
            }}
          >
            Remove {who} ({member.email}) from this organisation? Their account stays; they lose this role.
          </ConfirmAction>
        ) : (
          <button
            ref={removeRef}
            type="button"
            className="secondary"
            aria-label={`Remove ${who}`}
            onClick={() => setConfirming(true)}
          >
            Remove
          </button>
        )}
        {error && (
          <p className="field-error" role="alert">
            {messageOf(error)}
          </p>
        )}
      </td>
    </tr>
  );
}
