import type { Organisation } from "@scorecard/shared/auth-schema";
import { type FormEvent, useId, useState } from "react";

/**
 * Which organisation's scorecard to read, when the reader can see more than one. Choosing is
 * confirmed with a button, so moving through the list with the keyboard does not leave the page.
 */
export function OrganisationPicker({
  organisations,
  current,
  onChoose,
}: {
  organisations: readonly Organisation[];
  current: string | undefined;
  onChoose: (slug: string) => void;
}) {
  const id = useId();
  const [chosen, setChosen] = useState(current ?? organisations[0]?.slug ?? "");
  if (organisations.length < 2) return null;
  function submit(event: FormEvent) {
    event.preventDefault();
    if (chosen && chosen !== current) onChoose(chosen);
  }
  return (
    <form className="organisation-picker" onSubmit={submit} aria-label="Organisation">
      <label htmlFor={id}>Organisation</label>
      <select id={id} value={chosen} onChange={(event) => setChosen(event.target.value)}>
        {organisations.map((organisation) => (
          <option key={organisation.slug} value={organisation.slug}>
            {organisation.name}
          </option>
        ))}
      </select>
      <button type="submit">Show</button>
    </form>
  );
}
