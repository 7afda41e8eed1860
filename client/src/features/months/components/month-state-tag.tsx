import type { MonthState } from "@scorecard/shared/month-states";

/** Each state as a shape and a word as well as a colour, so it reads in greyscale and aloud. */
const STATE_SHAPES: Record<MonthState, string> = {
  draft: "○",
  submitted: "◔",
  approved: "◑",
  published: "●",
};

const STATE_WORDS: Record<MonthState, string> = {
  draft: "Draft",
  submitted: "Submitted",
  approved: "Approved",
  published: "Published",
};

export const monthStateWord = (state: MonthState) => STATE_WORDS[state];

export function MonthStateTag({ state }: { state: MonthState }) {
  return (
    <span className={`month-state month-state-${state}`}>
      <span aria-hidden="true">{STATE_SHAPES[state]}</span> {STATE_WORDS[state]}
    </span>
  );
}
