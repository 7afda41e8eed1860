import { periodLongLabel } from "@scorecard/shared/periods";
import { Link } from "@tanstack/react-router";
import { ScorecardLink } from "../../../components/page-links.tsx";
import { EmptyState } from "../../../components/page-state.tsx";

/** An unknown indicator id: say so, with the way back to the scorecard. */
export function IndicatorNotFound({ indicatorId }: { indicatorId: string }) {
  return (
    <>
      <h1>Indicator not found</h1>
      <EmptyState title={`There is no indicator called “${indicatorId}”`}>
        <p>
          The address may be mistyped or out of date.{" "}
          <ScorecardLink>Go to the monthly scorecard</ScorecardLink> and choose an indicator from its table.
        </p>
      </EmptyState>
    </>
  );
}

/** "From" after "To" in the address: offer the same months the right way round. */
export function InvertedRange({ from, to }: { from: string; to: string }) {
  return (
    <EmptyState title="The months are the wrong way round">
      <p>
        “From” ({periodLongLabel(from)}) is after “To” ({periodLongLabel(to)}).{" "}
        <Link to="." search={(prev) => ({ ...prev, from: to, to: from })}>
          Show {periodLongLabel(to)} to {periodLongLabel(from)}
        </Link>{" "}
        or choose other months above.
      </p>
    </EmptyState>
  );
}
