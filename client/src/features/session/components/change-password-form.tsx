import { type FormEvent, useState } from "react";
import { ErrorSummary } from "../../../components/error-summary.tsx";
import { TextField } from "../../../components/form-field.tsx";
import { type FormProblems, hasProblems, noProblems, problemsFromError } from "../../../lib/form-errors.ts";
import { useChangePassword } from "../api/change-password.ts";
import { newPasswordProblems, newPasswordSays, PASSWORD_RULE } from "./session-words.ts";

type Field = "current" | "password" | "confirmation";
const FIELD_IDS: Record<Field, string> = {
  current: "current-password",
  password: "changed-password",
  confirmation: "changed-password-confirmation",
};

/** The server names `current` or `new`; the form calls the new password `password`. */
function changePasswordProblems(error: unknown): FormProblems<Field> {
  const found = problemsFromError(error, ["current", "new"] as const);
  const problems: FormProblems<Field> = { fields: {}, form: found.form };
  if (found.fields.current) problems.fields.current = "That is not your current password";
  if (found.fields.new) {
    problems.fields.password = newPasswordSays(found.fields.new);
  }
  return problems;
}

/** Current password, then the new one twice; says so when done (the server ends your other sessions). */
export function ChangePasswordForm() {
  const [current, setCurrent] = useState("");
  const [password, setPassword] = useState("");
  const [confirmation, setConfirmation] = useState("");
  const [problems, setProblems] = useState(noProblems<Field>());
  const [attempt, setAttempt] = useState(0);
  const [changed, setChanged] = useState(false);
  const change = useChangePassword();

  function refuse(found: FormProblems<Field>) {
    setProblems(found);
    setAttempt((count) => count + 1);
  }

  function submit(event: FormEvent) {
    event.preventDefault();
    if (change.isPending) return;
    setChanged(false);
    const found: FormProblems<Field> = { fields: newPasswordProblems(password, confirmation), form: [] };
    if (!current) found.fields = { current: "Enter your current password", ...found.fields };
    if (hasProblems(found)) return refuse(found);
    setProblems(noProblems());
    change.mutate(
      { current, new: password },
      {
        onSuccess: () => {
          setCurrent("");
          setPassword("");
          setConfirmation("");
          setChanged(true);
        },
        onError: (error) => refuse(changePasswordProblems(error)),
      },
    );
  }

  return (
    <form className="admin-form" noValidate onSubmit={submit} aria-labelledby="change-password-heading">
      <h2 id="change-password-heading">Change your password</h2>
      <ErrorSummary problems={problems} fieldIds={FIELD_IDS} attempt={attempt} />
      <p className="status-message" role="status">
        {changed &&
          "Your password has been changed. You are still signed in here; any other sessions have been signed out."}
      </p>
      <TextField
        id={FIELD_IDS.current}
        label="Current password"
        type="password"
        autoComplete="current-password"
        required
        value={current}
        onChange={setCurrent}
        error={problems.fields.current}
      />
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
        <button type="submit">{change.isPending ? "Changing…" : "Change password"}</button>
      </div>
    </form>
  );
}
