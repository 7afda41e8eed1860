/**
 * A choice of two or three ways to show the same thing: a group of pressed-state buttons, one pressed.
 * The caller keeps the choice in the URL, so a copied link shows the same view.
 */
export function PressedToggle<Choice extends string>({
  options,
  value,
  onChange,
  label,
  small = false,
}: {
  options: readonly { value: Choice; label: string }[];
  value: Choice;
  onChange: (value: Choice) => void;
  /** What the choice is about, for screen readers: "Show the figures as charts or as a table". */
  label: string;
  /** Smaller buttons, for a choice that only changes one chart. */
  small?: boolean;
}) {
  return (
    <fieldset className={`pressed-toggle no-print${small ? " pressed-toggle-small" : ""}`}>
      <legend className="visually-hidden">{label}</legend>
      {options.map((option) => (
        <button
          key={option.value}
          type="button"
          aria-pressed={value === option.value}
          onClick={() => onChange(option.value)}
        >
          {option.label}
        </button>
      ))}
    </fieldset>
  );
}
