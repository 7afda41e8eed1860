import type { ReactNode } from "react";
import { ApiError } from "../lib/api-client.ts";

export function LoadingState({ children }: { children: ReactNode }) {
  return (
    <p className="state state-loading" role="status">
      {children}
    </p>
  );
}

const SCORECARD_ADVICE = "Check the month, area or indicator in the address, or go back to the scorecard.";

/** What went wrong and what to do next; never a blank page. */
export function ErrorState({
  what,
  error,
  onRetry,
  advice = SCORECARD_ADVICE,
}: {
  what: string;
  error: Error;
  onRetry?: () => void;
  /**
   * What to check when the server turned the request down (a 4xx answer), in the page's own terms.
   * Other failures are the server's, so they always get the advice to try again.
   */
  advice?: string;
}) {
  const nextStep =
    error instanceof ApiError && error.status >= 400 && error.status < 500
      ? advice
      : "The server may be down or restarting. Try again in a moment.";
  return (
    <div className="state state-error" role="alert">
      <h2>Could not load {what}</h2>
      <p>{error.message}</p>
      <p>{nextStep}</p>
      {onRetry && (
        <button type="button" onClick={onRetry}>
          Try again
        </button>
      )}
    </div>
  );
}

export function EmptyState({ title, children }: { title: string; children: ReactNode }) {
  return (
    <div className="state state-empty">
      <h2>{title}</h2>
      {children}
    </div>
  );
}
