import type { ReactNode } from "react";

/**
 * The row of pickers at the top of a page. Each choice applies as soon as it is made and is kept in the
 * URL, so the form itself never submits (Enter in a field does not reload the page).
 */
export function FilterForm({ label, children }: { label: string; children: ReactNode }) {
  return (
    <form className="filters no-print" aria-label={label} onSubmit={(event) => event.preventDefault()}>
      {children}
    </form>
  );
}
