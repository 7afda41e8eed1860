import type { UserCreateResponse } from "@scorecard/shared/auth-schema";
import { memberPutRequestSchema, userCreateRequestSchema } from "@scorecard/shared/auth-schema";
import { type Role, roleLabels } from "@scorecard/shared/roles";
import { useId, useState } from "react";
import { createUser } from "../../../api/create-user.ts";
import { ErrorSummary } from "../../../components/error-summary.tsx";
import { SelectField, TextField } from "../../../components/form-field.tsx";
import { ApiError } from "../../../lib/api-client.ts";
import {
  checkForm,
  type FormProblems,
  hasProblems,
  noProblems,
  problemsFromError,
} from "../../../lib/form-errors.ts";
import { roleOptions } from "../../../lib/role-options.ts";
import { usePutMember } from "../api/put-member.ts";

const fields = ["email", "name", "role"] as const;
type Field = (typeof fields)[number];

const EMAIL_MESSAGE = "Enter their email address, such as name@council.gov.uk";
const addPersonSchema = memberPutRequestSchema.extend({ email: userCreateRequestSchema.shape.email });

export interface PersonAdded {
  email: string;
  name: string;
  /** Null when a new account was made but giving it the role failed (the form says why). */
  role: Role | null;
  /** Set when a new account was made: the one-time link for them to choose a password. */
  account?: UserCreateResponse;
}

/**
 * Adds a person by email with a role. The installation admin may also create the account when there
 * is none (POST /api/users, then the role); an org admin can only add existing accounts, as the
 * server allows, and is told so.
 */
export function AddPersonForm({
  org,
  canCreateAccounts,
  onAdded,
}: {
  org: string;
  canCreateAccounts: boolean;
  onAdded: (added: PersonAdded) => void;
}) {
  const idPrefix = useId();
  const ids = { email: `${idPrefix}-email`, name: `${idPrefix}-name`, role: `${idPrefix}-role` };
  const [email, setEmail] = useState("");
  const [name, setName] = useState("");
  const [role, setRole] = useState<Role>("viewer");
  const [problems, setProblems] = useState<FormProblems<Field>>(noProblems());
  const [attempt, setAttempt] = useState(0);
  const [pending, setPending] = useState(false);
  const putMember = usePutMember(org);

  const fail = (next: FormProblems<Field>) => {
    setProblems(next);
    setAttempt((count) => count + 1);
  };

  const noAccount = (error: unknown) => error instanceof ApiError && error.status === 404;

  async function submit() {
    const checked = checkForm(addPersonSchema, { email: email.trim(), role }, fields, {
      email: EMAIL_MESSAGE,
    });
    if (hasProblems(checked)) return fail(checked);
    const trimmedEmail = email.trim();
    setPending(true);
    try {
      try {
        const member = await putMember.mutateAsync({ email: trimmedEmail, role });
        onAdded({ email: member.email, name: member.name, role });
      } catch (error) {
        if (!noAccount(error)) throw error;
        if (!canCreateAccounts) {
          return fail({
            fields: {
              email: `There is no account for ${trimmedEmail}. Only the installation admin can create accounts: ask them to create one, then add it here.`,
            },
            form: [],
          });
        }
        if (!name.trim()) {
          return fail({
            fields: {
              name: `Enter their name: there is no account for ${trimmedEmail} yet, so one will be made`,
            },
            form: [],
          });
        }
        const account = await createUser({ email: trimmedEmail, name: name.trim() });
        try {
          await putMember.mutateAsync({ email: account.user.email, role });
        } catch (roleError) {
          // The account exists now: its one-time link must still be shown, or it is lost.
          onAdded({ email: account.user.email, name: account.user.name, role: null, account });
          throw roleError;
        }
        onAdded({ email: account.user.email, name: account.user.name, role, account });
      }
      setEmail("");
      setName("");
      setRole("viewer");
      setProblems(noProblems());
    } catch (error) {
      fail(problemsFromError(error, fields));
    } finally {
      setPending(false);
    }
  }

  return (
    <form
      className="admin-form"
      noValidate
      aria-labelledby={`${idPrefix}-heading`}
      onSubmit={(event) => {
        event.preventDefault();
        void submit();
      }}
    >
      <h2 id={`${idPrefix}-heading`}>Add a person</h2>
      {!canCreateAccounts && (
        <p className="notice">
          You can add people who already have an account. Only the installation admin can create accounts: for
          someone new, ask them to create one, then add it here by email.
        </p>
      )}
      <ErrorSummary problems={problems} fieldIds={ids} attempt={attempt} />
      <TextField
        id={ids.email}
        label="Email address"
        type="email"
        autoComplete="off"
        required
        value={email}
        onChange={setEmail}
        error={problems.fields.email}
      />
      {canCreateAccounts && (
        <TextField
          id={ids.name}
          label="Name"
          hint="Needed only when they have no account yet: one is made, with a link for them to choose a password."
          autoComplete="off"
          value={name}
          onChange={setName}
          error={problems.fields.name}
        />
      )}
      <SelectField
        id={ids.role}
        label="Role"
        hint={`${roleLabels.viewer}: published months. ${roleLabels.editor}: prepares a month. ${roleLabels.approver}: approves, publishes, sets targets. ${roleLabels.org_admin}: people, tokens and settings.`}
        value={role}
        onChange={setRole}
        options={roleOptions}
        error={problems.fields.role}
      />
      <div className="form-actions">
        <button type="submit" disabled={pending}>
          {pending ? "Adding…" : "Add person"}
        </button>
      </div>
    </form>
  );
}
