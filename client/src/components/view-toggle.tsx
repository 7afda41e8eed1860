/** Chart or table: two pressed-state buttons, the choice kept in the URL by the caller. */
export function ViewToggle({
  view,
  onChange,
  label,
}: {
  view: "chart" | "table";
  onChange: (view: "chart" | "table") => void;
  label: string;
}) {
  return (
    <fieldset className="view-toggle no-print">
      <legend className="visually-hidden">{label}</legend>
      <button type="button" aria-pressed={view === "chart"} onClick={() => onChange("chart")}>
        Chart
      </button>
      <button type="button" aria-pressed={view === "table"} onClick={() => onChange("table")}>
        Table
      </button>
    </fieldset>
  );
}
