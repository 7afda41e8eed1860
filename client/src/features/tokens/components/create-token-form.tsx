import type { apiTokenCreatedResponseSchema } from "@scorecard/shared/auth-schema";
import { tokenCreateRequestSchema } from "@scorecard/shared/auth-schema";
import { type Role, roleLabels } from "@scorecard/shared/roles";
import { useId, useState } from "react";
import type { z } from "zod";
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
import { useCreateToken } from "../api/create-token.ts";

const fields = ["name", "role"] as const;
type Field = (typeof fields)[number];

export type CreatedToken = z.infer<typeof apiTokenCreatedResponseSchema>;

/** A named token with a role; the secret comes back once, for the page to show. */
export function CreateTokenForm({
  org,
  onCreated,
}: {
  org: string;
  onCreated: (token: CreatedToken) => void;
}) {
  const idPrefix = useId();
  const ids = { name: `${idPrefix}-name`, role: `${idPrefix}-role` };
  const [name, setName] = useState("");
  const [role, setRole] = useState<Role>("viewer");
  const [problems, setProblems] = useState<FormProblems<Field>>(noProblems());
  const [attempt, setAttempt] = useState(0);
  const createToken = useCreateToken(org);
  const fail = (next: FormProblems<Field>) => {
    setProblems(next);
    setAttempt((count) => count + 1);
  };
  return (
    <form
      className="admin-form"
      noValidate
      aria-labelledby={`${idPrefix}-heading`}
      onSubmit={(event) => {
        event.preventDefault();
        const body = { name: name.trim(), role };
        const checked = checkForm(tokenCreateRequestSchema, body, fields, {
          name: "Enter a name that says what the token is for, such as Power BI board pack",
        });
        if (hasProblems(checked)) return fail(checked);
        createToken.mutate(body, {
          onSuccess: (token) => {
            setName("");
            setRole("viewer");
            setProblems(noProblems());
            onCreated(token);
          },
          onError: (error) => fail(problemsFromError(error, fields)),
        });
      }}
    >
      <h2 id={`${idPrefix}-heading`}>Create a token</h2>
      <ErrorSummary problems={problems} fieldIds={ids} attempt={attempt} />
      <TextField
        id={ids.name}
        label="Name"
        hint="What it is for, so you know which to revoke later: for example Power BI board pack."
        autoComplete="off"
        value={name}
        onChange={setName}
        error={problems.fields.name}
      />
      <SelectField
        id={ids.role}
        label="Role"
        hint={`What the token may do. ${roleLabels.viewer} is enough for reading the scorecard into Power BI or Excel.`}
        value={role}
        onChange={setRole}
        options={roleOptions}
        error={problems.fields.role}
      />
      <div className="form-actions">
        <button type="submit" disabled={createToken.isPending}>
          {createToken.isPending ? "Creating…" : "Create token"}
        </button>
      </div>
    </form>
  );
}
