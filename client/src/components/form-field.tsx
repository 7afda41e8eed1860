import type { ReactNode } from "react";
import "./forms.css";

interface FieldProps {
  /** The control's id; the error summary links to it. */
  id: string;
  label: string;
  hint?: ReactNode;
  error?: string | undefined;
}

/** The ids a control is described by: its hint and its error, so a screen reader reads both. */
const describedBy = (id: string, hint: unknown, error: unknown) =>
  [hint ? `${id}-hint` : "", error ? `${id}-error` : ""].filter(Boolean).join(" ") || undefined;

function FieldFrame({ id, label, hint, error, children }: FieldProps & { children: ReactNode }) {
  return (
    <div className={error ? "form-field form-field-error" : "form-field"}>
      <label className="field-label" htmlFor={id}>
        {label}
      </label>
      {hint && (
        <p className="field-hint" id={`${id}-hint`}>
          {hint}
        </p>
      )}
      {error && (
        <p className="field-error" id={`${id}-error`}>
          <span className="visually-hidden">Error:</span> {error}
        </p>
      )}
      {children}
    </div>
  );
}

/** A labelled text input whose hint and error are tied to it (aria-describedby, aria-invalid). */
export function TextField({
  id,
  label,
  hint,
  error,
  value,
  onChange,
  type = "text",
  autoComplete,
  required = false,
}: FieldProps & {
  value: string;
  onChange: (value: string) => void;
  type?: "text" | "email" | "password" | "date";
  autoComplete?: string;
  required?: boolean;
}) {
  return (
    <FieldFrame id={id} label={label} hint={hint} error={error}>
      <input
        id={id}
        name={id}
        type={type}
        value={value}
        onChange={(event) => onChange(event.target.value)}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(id, hint, error)}
        aria-required={required || undefined}
        autoComplete={autoComplete}
        spellCheck={false}
      />
    </FieldFrame>
  );
}

/** A labelled select whose hint and error are tied to it. */
export function SelectField<V extends string>({
  id,
  label,
  hint,
  error,
  value,
  onChange,
  options,
}: FieldProps & {
  value: V;
  onChange: (value: V) => void;
  options: readonly { value: V; label: string }[];
}) {
  return (
    <FieldFrame id={id} label={label} hint={hint} error={error}>
      <select
        id={id}
        name={id}
        value={value}
        onChange={(event) => onChange(event.target.value as V)}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(id, hint, error)}
      >
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </FieldFrame>
  );
}

/** A labelled multi-line text box (a definition, notes) whose hint and error are tied to it. */
export function TextAreaField({
  id,
  label,
  hint,
  error,
  value,
  onChange,
  rows = 4,
}: FieldProps & { value: string; onChange: (value: string) => void; rows?: number }) {
  return (
    <FieldFrame id={id} label={label} hint={hint} error={error}>
      <textarea
        id={id}
        name={id}
        rows={rows}
        value={value}
        onChange={(event) => onChange(event.target.value)}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(id, hint, error)}
      />
    </FieldFrame>
  );
}
