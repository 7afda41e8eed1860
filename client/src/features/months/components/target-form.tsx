import type { Indicator } from "@scorecard/shared/api-schema";
import { targetCreateRequestSchema } from "@scorecard/shared/month-schema";
import { periodLongLabel } from "@scorecard/shared/periods";
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
import { useAddTarget } from "../api/add-target.ts";

const fields = ["indicator", "value", "reason"] as const;
type Field = (typeof fields)[number];

/**
 * An approver sets an indicator's target from this month on, or records that it has none, with the
 * reason; the target history stays append-only and shows it.
 */
export function TargetForm({
  org,
  period,
  indicators,
}: {
  org: string;
  period: string;
  indicators: readonly Indicator[];
}) {
  const idPrefix = useId();
  const ids = {
    indicator: `${idPrefix}-indicator`,
    value: `${idPrefix}-value`,
    reason: `${idPrefix}-reason`,
  };
  const [indicator, setIndicator] = useState(indicators[0]?.id ?? "");
  const [value, setValue] = useState("");
  const [reason, setReason] = useState("");
  const [problems, setProblems] = useState<FormProblems<Field>>(noProblems());
  const [attempt, setAttempt] = useState(0);
  const [done, setDone] = useState<string | null>(null);
  const add = useAddTarget(org);
  const chosen = indicators.find((entry) => entry.id === indicator);

  const fail = (next: FormProblems<Field>) => {
    setProblems(next);
    setAttempt((count) => count + 1);
  };

  function submit() {
    setDone(null);
    const typed = value.trim().replace(/,/g, "");
    const number = typed === "" ? null : Number(typed);
    if (number !== null && !Number.isFinite(number)) {
      return fail({
        fields: { value: "Enter the target as a number, or leave it empty for no target" },
        form: [],
      });
    }
    const body = { effectiveFrom: period, value: number, reason: reason.trim() };
    const checked = checkForm(targetCreateRequestSchema, body, fields, {
      reason: "Say why the target changes: it is kept in the target history",
    });
    if (!indicator) checked.fields.indicator = "Choose the indicator";
    if (hasProblems(checked)) return fail(checked);
    add.mutate(
      { indicator, ...body },
      {
        onSuccess: () => {
          setDone(
            `${chosen?.title ?? indicator}: ${number === null ? "no target" : `target ${number}`} from ${periodLongLabel(period)}.`,
          );
          setValue("");
          setReason("");
          setProblems(noProblems());
        },
        onError: (error) => fail(problemsFromError(error, fields)),
      },
    );
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
      <h3 id={`${idPrefix}-heading`}>Set a target from {periodLongLabel(period)}</h3>
      <ErrorSummary problems={problems} fieldIds={ids} attempt={attempt} headingLevel={3} />
      <SelectField
        id={ids.indicator}
        label="Indicator"
        value={indicator}
        onChange={setIndicator}
        options={indicators.map((entry) => ({ value: entry.id, label: `${entry.ref}. ${entry.title}` }))}
        error={problems.fields.indicator}
      />
      <TextField
        id={ids.value}
        label="Target"
        hint={`In the indicator's own unit${chosen?.unit === "percent" ? " (a percentage, such as 18.5)" : ""}. Leave empty to record that it has no target from this month.`}
        value={value}
        onChange={setValue}
        autoComplete="off"
        error={problems.fields.value}
      />
      <TextField
        id={ids.reason}
        label="Reason"
        hint="Why the target changes, for the target history and the audit trail."
        value={reason}
        onChange={setReason}
        autoComplete="off"
        required
        error={problems.fields.reason}
      />
      <div className="form-actions">
        <button type="submit" disabled={add.isPending}>
          {add.isPending ? "Saving…" : "Set the target"}
        </button>
      </div>
      {done && (
        <p className="status-message" role="status">
          {done}
        </p>
      )}
    </form>
  );
}
