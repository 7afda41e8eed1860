import { useEffect, useId, useRef } from "react";
import type { FormProblems } from "../lib/form-errors.ts";
import "./forms.css";

/**
 * The GOV.UK error summary: after a failed submit, focus moves here, it says what is wrong, and each
 * field's problem links to the field. `fieldIds` maps a field to its control's id; `labels` names it.
 */
export function ErrorSummary<F extends string>({
  problems,
  fieldIds,
  attempt,
}: {
  problems: FormProblems<F>;
  fieldIds: Record<F, string>;
  /** Changes with every submit, so focus returns here even when the problems are the same. */
  attempt: number;
}) {
  const ref = useRef<HTMLDivElement>(null);
  const headingId = useId();
  const fieldEntries = Object.entries(problems.fields) as [F, string][];
  const count = fieldEntries.length + problems.form.length;
  // biome-ignore lint/correctness/useExhaustiveDependencies: focus moves once per submit, not per render.
  useEffect(() => {
    if (count > 0) ref.current?.focus();
  }, [attempt]);
  if (count === 0) return null;
  return (
    <div className="error-summary" ref={ref} tabIndex={-1} role="alert" aria-labelledby={headingId}>
      <h3 id={headingId}>There is a problem</h3>
      <ul>
        {problems.form.map((message) => (
          <li key={message}>{message}</li>
        ))}
        {fieldEntries.map(([field, message]) => (
          <li key={field}>
            <a
              href={`#${fieldIds[field]}`}
              onClick={(event) => {
                // Move focus into the field itself, not only scroll to it.
                event.preventDefault();
                document.getElementById(fieldIds[field])?.focus();
              }}
            >
              {message}
            </a>
          </li>
        ))}
      </ul>
    </div>
  );
}
