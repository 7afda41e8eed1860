import { periodLongLabel } from "@scorecard/shared/periods";
import { useId } from "react";

function MonthSelect({
  label,
  months,
  value,
  emptyLabel,
  onChange,
}: {
  label: string;
  months: readonly string[];
  value: string | null;
  emptyLabel: string;
  onChange: (month: string | null) => void;
}) {
  const id = useId();
  return (
    <div className="picker">
      <label htmlFor={id}>{label}</label>
      <select id={id} value={value ?? ""} onChange={(event) => onChange(event.target.value || null)}>
        <option value="">{emptyLabel}</option>
        {months.map((month) => (
          <option key={month} value={month}>
            {periodLongLabel(month)}
          </option>
        ))}
      </select>
    </div>
  );
}

/**
 * The months the charts cover. "To" only offers months from "From" on, so the range cannot be turned
 * inside out; a month typed into the address that is not in the list is still offered.
 */
export function MonthRangePicker({
  months,
  from,
  to,
  onChange,
}: {
  /** Months that have figures, any order. */
  months: readonly string[];
  from: string | null;
  to: string | null;
  onChange: (range: { from: string | null; to: string | null }) => void;
}) {
  const all = [...new Set([...months, ...(from ? [from] : []), ...(to ? [to] : [])])].sort();
  return (
    <>
      <MonthSelect
        label="From"
        months={to ? all.filter((month) => month <= to || month === from) : all}
        value={from}
        emptyLabel="Earliest month"
        onChange={(next) => onChange({ from: next, to })}
      />
      <MonthSelect
        label="To"
        months={from ? all.filter((month) => month >= from || month === to) : all}
        value={to}
        emptyLabel="Latest month"
        onChange={(next) => onChange({ from, to: next })}
      />
    </>
  );
}
