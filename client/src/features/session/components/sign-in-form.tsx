import { type SessionResponse, signInRequestSchema } from "@scorecard/shared/auth-schema";
import { type FormEvent, useState } from "react";
import { ErrorSummary } from "../../../components/error-summary.tsx";
import { TextField } from "../../../components/form-field.tsx";
import { ApiError } from "../../../lib/api-client.ts";
import {
  checkForm,
  type FormProblems,
  hasProblems,
  noProblems,
  problemsFromError,
} from "../../../lib/form-errors.ts";
import { useSignIn } from "../api/sign-in.ts";
import { retryWhen } from "./session-words.ts";

type Field = "email" | "password";
const FIELDS: readonly Field[] = ["email", "password"];
const FIELD_IDS: Record<Field, string> = { email: "sign-in-email", password: "sign-in-password" };
const MESSAGES: Record<Field, string> = {
  email: "Enter your email address, like name@council.gov.uk",
  password: "Enter your password",
};

/** What a refused sign-in means: which field, or when to try again after too many failures. */
function signInProblems(error: unknown): FormProblems<Field> {
  const problems = noProblems<Field>();
  if (error instanceof ApiError && error.status === 401) {
    // The server does not say which of the two was wrong, and neither do we.
    problems.fields.password = error.message;
    return problems;
  }
  if (error instanceof ApiError && error.status === 429) {
    const when = retryWhen(error);
    problems.form.push(when ? `Too many failed sign-ins: ${when}.` : error.message);
    return problems;
  }
  return problemsFromError(error, FIELDS);
}

/** Email and password; on success hands the session to `onSignedIn` (which sends the reader on). */
export function SignInForm({ onSignedIn }: { onSignedIn: (session: SessionResponse) => void }) {
  const [email, setEmail] = useState("");
  const [password, setPassword] = useState("");
  const [problems, setProblems] = useState(noProblems<Field>());
  const [attempt, setAttempt] = useState(0);
  const signIn = useSignIn();

  function refuse(found: FormProblems<Field>) {
    setProblems(found);
    setAttempt((count) => count + 1);
  }

  function submit(event: FormEvent) {
    event.preventDefault();
    if (signIn.isPending) return;
    const values = { email: email.trim(), password };
    const found = checkForm(signInRequestSchema, values, FIELDS, MESSAGES);
    if (hasProblems(found)) return refuse(found);
    setProblems(noProblems());
    signIn.mutate(values, { onSuccess: onSignedIn, onError: (error) => refuse(signInProblems(error)) });
  }

  return (
    <form className="admin-form" noValidate onSubmit={submit} aria-label="Sign in">
      <ErrorSummary problems={problems} fieldIds={FIELD_IDS} attempt={attempt} />
      <TextField
        id={FIELD_IDS.email}
        label="Email address"
        type="email"
        autoComplete="username"
        required
        value={email}
        onChange={setEmail}
        error={problems.fields.email}
      />
      <TextField
        id={FIELD_IDS.password}
        label="Password"
        type="password"
        autoComplete="current-password"
        required
        value={password}
        onChange={setPassword}
        error={problems.fields.password}
      />
      <div className="form-actions">
        <button type="submit">{signIn.isPending ? "Signing in…" : "Sign in"}</button>
      </div>
    </form>
  );
}
