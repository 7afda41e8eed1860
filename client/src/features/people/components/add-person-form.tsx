import { type MemberInvited, memberInviteRequestSchema } from "@scorecard/shared/auth-schema";
import { type Role, roleLabels } from "@scorecard/shared/roles";
import { useId, useState } from "react";
import { ErrorSummary } from "../../../components/error-summary.tsx";
import { SelectField, TextField } from "../../../components/form-field.tsx";
import {
  checkForm,
  type FormProblems,
  hasProblems,
  noProblems,
  problemsFromError,
} from "../../../lib/form-errors.ts";
import { roleOptions } from "../../../lib/role-options.ts";
import { useInviteMember } from "../api/invite-member.ts";

const fields = ["email", "name", "role"] as const;
type Field = (typeof fields)[number];

const messages: Partial<Record<Field, string>> = {
  email: "Enter their email address, such as name@council.gov.uk",
  name: "Enter their name",
};

/**
 * Adds a person by email with a role. Someone with no account yet gets one, and the answer carries
 * their one-time set-password link for the admin to pass on.
 */
export function AddPersonForm({ org, onAdded }: { org: string; onAdded: (invited: MemberInvited) => void }) {
  const idPrefix = useId();
  const ids = { email: `${idPrefix}-email`, name: `${idPrefix}-name`, role: `${idPrefix}-role` };
  const [email, setEmail] = useState("");
  const [name, setName] = useState("");
  const [role, setRole] = useState<Role>("viewer");
  const [problems, setProblems] = useState<FormProblems<Field>>(noProblems());
  const [attempt, setAttempt] = useState(0);
  const invite = useInviteMember(org);

  const fail = (next: FormProblems<Field>) => {
    setProblems(next);
    setAttempt((count) => count + 1);
  };

  function submit() {
    const body = { email: email.trim(), name: name.trim(), role };
    const checked = checkForm(memberInviteRequestSchema, body, fields, messages);
    if (hasProblems(checked)) return fail(checked);
    invite.mutate(body, {
      onSuccess: (invited) => {
        setEmail("");
        setName("");
        setRole("viewer");
        setProblems(noProblems());
        onAdded(invited);
      },
      onError: (error) => fail(problemsFromError(error, fields)),
    });
  }

  return (
    <form
      className="admin-form"
      noValidate
      aria-labelledby={`${idPrefix}-heading`}
      onSubmit={(event) => {
        event.preventDefault();
        submit();
      }}
    >
      <h2 id={`${idPrefix}-heading`}>Add a person</h2>
      <ErrorSummary problems={problems} fieldIds={ids} attempt={attempt} />
      <TextField
        id={ids.email}
        label="Email address"
        type="email"
        autoComplete="off"
        value={email}
        onChange={setEmail}
        error={problems.fields.email}
      />
      <TextField
        id={ids.name}
        label="Name"
        hint="Someone without an account gets one with this name, and a link to choose their password. An existing account keeps its name."
        autoComplete="off"
        value={name}
        onChange={setName}
        error={problems.fields.name}
      />
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
        <button type="submit" disabled={invite.isPending}>
          {invite.isPending ? "Adding…" : "Add person"}
        </button>
      </div>
    </form>
  );
}
