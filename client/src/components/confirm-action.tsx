import { type ReactNode, useEffect, useRef } from "react";
import "./forms.css";

/**
 * An inline "are you sure?": the question, a confirm and a cancel button. Focus moves to the
 * question when it opens; Escape or Cancel closes it and `onCancel` returns focus to the trigger.
 */
export function ConfirmAction({
  children,
  confirmLabel,
  onConfirm,
  onCancel,
  pending = false,
}: {
  children: ReactNode;
  confirmLabel: string;
  onConfirm: () => void;
  onCancel: () => void;
  pending?: boolean;
}) {
  const questionRef = useRef<HTMLLegendElement>(null);
  useEffect(() => questionRef.current?.focus(), []);
  return (
    <fieldset
      className="confirm-action"
      onKeyDown={(event) => {
        if (event.key === "Escape") onCancel();
      }}
    >
      <legend ref={questionRef} tabIndex={-1}>
        {children}
      </legend>
      <div className="form-actions">
        <button type="button" className="danger" onClick={onConfirm} disabled={pending}>
          {pending ? "Working…" : confirmLabel}
        </button>
        <button type="button" className="secondary" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </fieldset>
  );
}
