import type { SessionResponse } from "@scorecard/shared/auth-schema";
import { MONTH_STEP_RULES } from "@scorecard/shared/month-cycle";
import type { MonthStep, MonthSummary } from "@scorecard/shared/month-schema";
import { periodLongLabel } from "@scorecard/shared/periods";
import { type Role, roleAtLeast } from "@scorecard/shared/roles";
import { useId, useState } from "react";
import { useTakeMonthStep } from "../api/take-month-step.ts";

const STEP_LABELS: Record<MonthStep, string> = {
  open: "Open as a draft",
  submit: "Submit for approval",
  return: "Return to draft",
  approve: "Approve",
  publish: "Publish",
  reopen: "Reopen for a correction",
};

const STEP_DONE: Record<MonthStep, string> = {
  open: "opened as a draft",
  submit: "submitted for approval",
  return: "returned to draft",
  approve: "approved",
  publish: "published",
  reopen: "reopened for a correction",
};

/** The steps this person may take now: their role is high enough and the month is in a state the step starts from. */
export function availableSteps(month: MonthSummary | null, role: Role | null): MonthStep[] {
  if (!role) return [];
  return (Object.keys(MONTH_STEP_RULES) as MonthStep[]).filter((step) => {
    const rule = MONTH_STEP_RULES[step];
    if (!roleAtLeast(role, rule.role)) return false;
    return rule.from === null ? month === null : month !== null && rule.from.includes(month.state);
  });
}

/**
 * The buttons for the steps this person may take, with a reason box for the steps that need one.
 * The server decides; a refusal (409/403) is shown in its own words.
 */
export function MonthSteps({
  org,
  period,
  month,
  role,
  session,
}: {
  org: string;
  period: string;
  month: MonthSummary | null;
  role: Role | null;
  session: SessionResponse | null | undefined;
}) {
  const step = useTakeMonthStep(org, period);
  const [reasonFor, setReasonFor] = useState<MonthStep | null>(null);
  const [reason, setReason] = useState("");
  const [reasonError, setReasonError] = useState<string | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const reasonId = useId();
  const steps = availableSteps(month, role);
  const submittedByMe = month?.submittedBy != null && month.submittedBy === session?.user.email;

  const take = (next: MonthStep, withReason?: string) => {
    setDone(null);
    step.mutate(withReason ? { step: next, reason: withReason } : { step: next }, {
      onSuccess: () => {
        setDone(`${periodLongLabel(period)} ${STEP_DONE[next]}.`);
        setReasonFor(null);
        setReason("");
      },
    });
  };

  if (steps.length === 0 && !step.isError && !done) {
    return (
      <p className="muted">
        {role === null || role === "viewer"
          ? "Your role lets you read this month, not change it."
          : "There is nothing for your role to do in this month's state."}
      </p>
    );
  }

  return (
    <div className="month-steps">
      <div className="form-actions">
        {steps.map((next) => {
          const fourEyes = next === "approve" && submittedByMe;
          return (
            <button
              key={next}
              type="button"
              className={next === "return" || next === "reopen" ? "secondary" : undefined}
              disabled={step.isPending || fourEyes}
              aria-describedby={fourEyes ? `${reasonId}-four-eyes` : undefined}
              onClick={() => {
                if (MONTH_STEP_RULES[next].needsReason) {
                  setReasonFor(next);
                  setReasonError(null);
                } else take(next);
              }}
            >
              {STEP_LABELS[next]}
            </button>
          );
        })}
      </div>
      {submittedByMe && steps.includes("approve") && (
        <p id={`${reasonId}-four-eyes`} className="field-hint">
          You submitted this month, so someone else must approve it (four eyes).
        </p>
      )}
      {reasonFor && (
        <form
          className="admin-form"
          onSubmit={(event) => {
            event.preventDefault();
            if (!reason.trim()) {
              setReasonError("Say why: the reason is kept in the month's history and the audit trail");
              return;
            }
            take(reasonFor, reason.trim());
          }}
        >
          <div className={reasonError ? "form-field form-field-error" : "form-field"}>
            <label className="field-label" htmlFor={reasonId}>
              Why {reasonFor === "return" ? "return it to draft" : "reopen it"}?
            </label>
            {reasonError && (
              <p className="field-error" id={`${reasonId}-error`}>
                <span className="visually-hidden">Error:</span> {reasonError}
              </p>
            )}
            <textarea
              id={reasonId}
              rows={3}
              value={reason}
              onChange={(event) => setReason(event.target.value)}
              aria-invalid={reasonError ? true : undefined}
              aria-describedby={reasonError ? `${reasonId}-error` : undefined}
            />
          </div>
          <div className="form-actions">
            <button type="submit" disabled={step.isPending}>
              {reasonFor === "return" ? "Return with this reason" : "Reopen with this reason"}
            </button>
            <button type="button" className="secondary" onClick={() => setReasonFor(null)}>
              Cancel
            </button>
          </div>
        </form>
      )}
      {step.isError && (
        <p className="state state-error" role="alert">
          {step.error.message}
        </p>
      )}
      {done && (
        <p className="status-message" role="status">
          {done}
        </p>
      )}
    </div>
  );
}
