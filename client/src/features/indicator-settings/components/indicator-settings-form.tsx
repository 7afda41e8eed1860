import type { BenchmarkMeasure, Indicator } from "@scorecard/shared/api-schema";
import type { IndicatorUpdatedResponse } from "@scorecard/shared/month-schema";
import { useId, useState } from "react";
import { ErrorSummary } from "../../../components/error-summary.tsx";
import { SelectField, TextAreaField, TextField } from "../../../components/form-field.tsx";
import { type FormProblems, hasProblems, noProblems, problemsFromError } from "../../../lib/form-errors.ts";
import { useUpdateIndicator } from "../api/update-indicator.ts";
import { RatingRuleFieldset } from "./rating-rule-fieldset.tsx";
import { measureKindLabels, optionsOf, unitLabels } from "./setting-words.ts";
import {
  checkSettings,
  KEEP_DFE_MEASURE,
  NO_DFE_MEASURE,
  type SettingsField,
  type SetValue,
  settingsFields,
  valuesOf,
} from "./settings-values.ts";

const decimalsOptions = ["0", "1", "2", "3"].map((value) => ({ value, label: value }));

/**
 * The indicator's settings with their current values. Only what changed is sent; a changed rating
 * rule needs the month it applies from and the reason, checked here before the server checks again.
 */
export function IndicatorSettingsForm({
  org,
  indicator,
  measures,
  onSaved,
}: {
  org: string;
  indicator: Indicator;
  /** The DfE measures it may be benchmarked against; empty while they load or when they could not. */
  measures: readonly BenchmarkMeasure[];
  onSaved: (saved: IndicatorUpdatedResponse, ruleChangedFrom: string | null) => void;
}) {
  const idPrefix = useId();
  const ids = Object.fromEntries(settingsFields.map((field) => [field, `${idPrefix}-${field}`])) as Record<
    SettingsField,
    string
  >;
  const [values, setValues] = useState(() => valuesOf(indicator));
  const [problems, setProblems] = useState<FormProblems<SettingsField>>(noProblems());
  const [attempt, setAttempt] = useState(0);
  const update = useUpdateIndicator(org, indicator.id);
  const setValue: SetValue = (field, value) => setValues((before) => ({ ...before, [field]: value }));
  const { ruleFields } = checkSettings(indicator, values);

  const fail = (next: FormProblems<SettingsField>) => {
    setProblems(next);
    setAttempt((count) => count + 1);
  };

  function submit() {
    const checked = checkSettings(indicator, values);
    if (hasProblems(checked.problems)) return fail(checked.problems);
    update.mutate(checked.request, {
      onSuccess: (saved) =>
        onSaved(saved, checked.ruleFields.length > 0 ? (checked.request.effectiveFrom ?? null) : null),
      onError: (error) => fail(problemsFromError(error, settingsFields)),
    });
  }

  const field = (name: SettingsField) => ({ id: ids[name], error: problems.fields[name] });

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
      <h2 id={`${idPrefix}-heading`}>Settings</h2>
      <ErrorSummary problems={problems} fieldIds={ids} attempt={attempt} />
      <TextField
        {...field("title")}
        label="Title"
        autoComplete="off"
        value={values.title}
        onChange={(value) => setValue("title", value)}
      />
      <TextAreaField
        {...field("definition")}
        label="Definition"
        value={values.definition}
        onChange={(value) => setValue("definition", value)}
      />
      <SelectField
        {...field("unit")}
        label="Unit"
        value={values.unit}
        onChange={(value) => setValue("unit", value)}
        options={optionsOf(unitLabels)}
      />
      <SelectField
        {...field("measureKind")}
        label="How the value is made"
        value={values.measureKind}
        onChange={(value) => setValue("measureKind", value)}
        options={optionsOf(measureKindLabels)}
      />
      <SelectField
        {...field("decimals")}
        label="Decimal places shown"
        value={values.decimals}
        onChange={(value) => setValue("decimals", value)}
        options={decimalsOptions}
      />
      <TextField
        {...field("numeratorLabel")}
        label="Numerator label"
        hint="What the return file's numerator column counts, such as Re-referrals. Leave empty for none."
        autoComplete="off"
        value={values.numeratorLabel}
        onChange={(value) => setValue("numeratorLabel", value)}
      />
      <TextField
        {...field("denominatorLabel")}
        label="Denominator label"
        hint="What the denominator counts, such as Referrals. Leave empty for none."
        autoComplete="off"
        value={values.denominatorLabel}
        onChange={(value) => setValue("denominatorLabel", value)}
      />
      <TextAreaField
        {...field("notes")}
        label="Notes"
        value={values.notes}
        onChange={(value) => setValue("notes", value)}
      />
      <SelectField
        {...field("dfeMeasureId")}
        label="DfE measure benchmarked against"
        hint="The national, regional and statistical-neighbour figures come from this DfE measure."
        value={values.dfeMeasureId}
        onChange={(value) => setValue("dfeMeasureId", value)}
        options={[
          { value: KEEP_DFE_MEASURE, label: "Keep the current DfE measure" },
          { value: NO_DFE_MEASURE, label: "None" },
          ...measures.map((measure) => ({ value: measure.id, label: measure.title })),
        ]}
      />
      <RatingRuleFieldset
        values={values}
        setValue={setValue}
        ids={ids}
        problems={problems}
        ruleChanged={ruleFields.length > 0}
      />
      <div className="form-actions">
        <button type="submit" disabled={update.isPending}>
          {update.isPending ? "Saving…" : "Save the settings"}
        </button>
      </div>
    </form>
  );
}
