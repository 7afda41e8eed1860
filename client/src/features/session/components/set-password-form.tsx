import { type FormEvent, useState } from "react";
import { ErrorSummary } from "../../../components/error-summary.tsx";
import { TextField } from "../../../components/form-field.tsx";
import { type FormProblems, hasProblems, noProblems, problemsFromError } from "../../../lib/form-errors.ts";
import { useSetPassword } from "../api/set-password.ts";
import { newPasswordProblems, newPasswordSays, PASSWORD_RULE } from "./session-words.ts";

type Field = "password" | "confirmation";
const FIELD_IDS: Record<Field, string> = {
  password: "new-password",
  confirmation: "new-password-confirmation",
};

/** The server's refusal: a used or expired link belongs to no field; a weak password to the first. */
function setPasswordProblems(error: unknown): FormProblems<Field> {
  const problems = problemsFromError(error, ["password"] as const);
  problems.form = problems.form.map((message) =>
    message.startsWith("token: ")
      ? "This link cannot be used: it may have been used already or be more than 72 hours old. Ask your organisation's admin for a new one."
      : message,
  );
  if (problems.fields.password) problems.fields.password = newPasswordSays(problems.fields.password);
  return problems;
}

/** A new password (twice) for the account a one-time link was made for. */
export function SetPasswordForm({ token, onDone }: { token: string; onDone: () => void }) {
  const [password, setPassword] = useState("");
  const [confirmation, setConfirmation] = useState("");
  const [problems, setProblems] = useState(noProblems<Field>());
  const [attempt, setAttempt] = useState(0);
  const setPasswordRequest = useSetPassword();

  function refuse(found: FormProblems<Field>) {
    setProblems(found);
    setAttempt((count) => count + 1);
  }

  function submit(event: FormEvent) {
    event.preventDefault();
    if (setPasswordRequest.isPending) return;
    const found: FormProblems<Field> = { fields: newPasswordProblems(password, confirmation), form: [] };
    if (hasProblems(found)) return refuse(found);
    setProblems(noProblems());
    setPasswordRequest.mutate(
      { token, password },
      { onSuccess: onDone, onError: (error) => refuse(setPasswordProblems(error)) },
    );
  }

  return (
    <form className="admin-form" noValidate onSubmit={submit} aria-label="Choose a password">
      <ErrorSummary problems={problems} fieldIds={FIELD_IDS} attempt={attempt} />
      <TextField
        id={FIELD_IDS.password}
        label="New password"
        hint={PASSWORD_RULE}
        type="password"
        autoComplete="new-password"
        required
        value={password}
        onChange={setPassword}
        error={problems.fields.password}
      />
      <TextField
        id={FIELD_IDS.confirmation}
        label="New password again"
        type="password"
        autoComplete="new-password"
        required
        value={confirmation}
        onChange={setConfirmation}
        error={problems.fields.confirmation}
      />
      <div className="form-actions">
        <button type="submit">{setPasswordRequest.isPending ? "Saving…" : "Set password"}</button>
      </div>
    </form>
  );
}
