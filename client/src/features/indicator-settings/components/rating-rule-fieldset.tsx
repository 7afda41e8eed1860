import { SelectField, TextField } from "../../../components/form-field.tsx";
import type { FormProblems } from "../../../lib/form-errors.ts";
import { baselineKindLabels, optionsOf, polarityLabels } from "./setting-words.ts";
import type { SettingsField, SettingsValues, SetValue } from "./settings-values.ts";

/**
 * How the indicator is rated. A change applies from a month onward and needs a reason; the months
 * before keep the rule they were judged by.
 */
export function RatingRuleFieldset({
  values,
  setValue,
  ids,
  problems,
  ruleChanged,
}: {
  values: SettingsValues;
  setValue: SetValue;
  ids: Record<SettingsField, string>;
  problems: FormProblems<SettingsField>;
  /** Whether any rule field differs from the rule held: then the month and reason are needed. */
  ruleChanged: boolean;
}) {
  const field = (name: SettingsField) => ({ id: ids[name], error: problems.fields[name] });
  return (
    <fieldset className="admin-form">
      <legend>Rating rule</legend>
      <p className="field-hint">
        A change here applies from the month you give onward; earlier months keep the rule they were rated by.
      </p>
      <SelectField
        {...field("polarity")}
        label="Which direction is good"
        value={values.polarity}
        onChange={(value) => setValue("polarity", value)}
        options={optionsOf(polarityLabels)}
      />
      <SelectField
        {...field("baselineKind")}
        label="Baseline"
        value={values.baselineKind}
        onChange={(value) => setValue("baselineKind", value)}
        options={optionsOf(baselineKindLabels)}
      />
      <TextField
        {...field("baselineLabel")}
        label="Baseline label"
        hint="As the scorecard prints it, such as Prev. 6 months average."
        autoComplete="off"
        value={values.baselineLabel}
        onChange={(value) => setValue("baselineLabel", value)}
      />
      <TextField
        {...field("baselineMonth")}
        label="Baseline month"
        hint="For a fixed-month baseline only: the month compared against, as YYYY-MM, such as 2017-03."
        autoComplete="off"
        value={values.baselineMonth}
        onChange={(value) => setValue("baselineMonth", value)}
      />
      <TextField
        {...field("tolerance")}
        label="Tolerance"
        hint="The amber band's width, in the indicator's unit. Leave empty for the default (10% of the target)."
        autoComplete="off"
        value={values.tolerance}
        onChange={(value) => setValue("tolerance", value)}
      />
      <TextField
        {...field("trendThreshold")}
        label="Trend threshold"
        hint="How far from the baseline counts as much better or worse, in the indicator's unit. Leave empty for the default (5% of the baseline)."
        autoComplete="off"
        value={values.trendThreshold}
        onChange={(value) => setValue("trendThreshold", value)}
      />
      <TextField
        {...field("effectiveFrom")}
        label="From month"
        hint={`The first month the changed rule applies to, as YYYY-MM, such as 2018-04.${ruleChanged ? " Needed: the rule has changed." : " Needed only when the rule changes."}`}
        autoComplete="off"
        required={ruleChanged}
        value={values.effectiveFrom}
        onChange={(value) => setValue("effectiveFrom", value)}
      />
      <TextField
        {...field("reason")}
        label="Reason"
        hint={`Why the rule changes, kept with the earlier rule and in the audit trail.${ruleChanged ? " Needed: the rule has changed." : " Needed only when the rule changes."}`}
        autoComplete="off"
        required={ruleChanged}
        value={values.reason}
        onChange={(value) => setValue("reason", value)}
      />
    </fieldset>
  );
}
