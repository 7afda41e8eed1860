import { PressedToggle } from "./pressed-toggle.tsx";

const views = [
  { value: "chart", label: "Chart" },
  { value: "table", label: "Table" },
] as const;

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
  return <PressedToggle options={views} value={view} onChange={onChange} label={label} />;
}
