import type { PeriodsResponse } from "@scorecard/shared/api-schema";
import { periodLongLabel } from "@scorecard/shared/periods";
import { useId } from "react";

/** Month choice, latest first; each month says whether its figures were published or are illustrative. */
export function PeriodPicker({
  periods,
  value,
  onChange,
  label = "Month",
}: {
  periods: PeriodsResponse["periods"];
  value: string;
  onChange: (period: string) => void;
  label?: string;
}) {
  const id = useId();
  return (
    <div className="picker">
      <label htmlFor={id}>{label}</label>
      <select id={id} value={value} onChange={(event) => onChange(event.target.value)}>
        {!periods.some((entry) => entry.period === value) && (
          <option value={value}>{periodLongLabel(value)}</option>
        )}
        {periods.map((entry) => (
          <option key={entry.period} value={entry.period}>
            {periodLongLabel(entry.period)}
            {entry.source === "published" ? " (published)" : " (illustrative)"}
          </option>
        ))}
      </select>
    </div>
  );
}
