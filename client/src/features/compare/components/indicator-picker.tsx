import type { Indicator } from "@scorecard/shared/api-schema";
import { useId } from "react";

export function IndicatorPicker({
  indicators,
  value,
  onChange,
}: {
  indicators: readonly Indicator[];
  value: string;
  onChange: (indicatorId: string) => void;
}) {
  const id = useId();
  return (
    <div className="picker">
      <label htmlFor={id}>Indicator</label>
      <select id={id} value={value} onChange={(event) => onChange(event.target.value)}>
        {indicators.map((indicator) => (
          <option key={indicator.id} value={indicator.id}>
            {indicator.ref}. {indicator.title}
          </option>
        ))}
      </select>
    </div>
  );
}
