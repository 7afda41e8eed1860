import { type ReactNode, useState } from "react";
import { formatDateTime } from "../lib/date-time.ts";
import "./forms.css";

/**
 * A secret the server shows once (a set-password link, an API token): the value, a copy button, its
 * expiry, and what to do with it. It stays until dismissed, since it cannot be fetched again.
 */
export function OneTimeSecret({
  title,
  label,
  value,
  expiresAt,
  children,
  onDismiss,
}: {
  title: string;
  /** What the value is, e.g. "Set-password link for ann@example.org". */
  label: string;
  value: string;
  expiresAt?: string | undefined;
  children?: ReactNode;
  onDismiss: () => void;
}) {
  const [copied, setCopied] = useState<"no" | "yes" | "failed">("no");
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(value);
      setCopied("yes");
    } catch {
      setCopied("failed");
    }
  };
  return (
    <section className="one-time-secret" aria-label={title}>
      <h2>{title}</h2>
      <p>
        <strong>Shown once.</strong> Copy it now: it cannot be shown again.
        {expiresAt && (
          <>
            {" "}
            It works once, until <time dateTime={expiresAt}>{formatDateTime(expiresAt)}</time>.
          </>
        )}
      </p>
      <p className="field-label">{label}</p>
      <code className="secret-value">{value}</code>
      {children}
      <div className="form-actions">
        <button type="button" onClick={copy}>
          Copy
        </button>
        <button type="button" className="secondary" onClick={onDismiss}>
          Done, hide it
        </button>
      </div>
      <p className="status-message" role="status">
        {copied === "yes" && "Copied to the clipboard."}
        {copied === "failed" && "Could not copy: select the text above and copy it yourself."}
      </p>
    </section>
  );
}
