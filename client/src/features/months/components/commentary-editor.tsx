import type { Indicator } from "@scorecard/shared/api-schema";
import { useId, useState } from "react";
import { useSaveCommentary } from "../api/save-commentary.ts";

/** One box per indicator for the month's words: plain text, a blank line between paragraphs. */
export function CommentaryEditor({
  org,
  period,
  indicators,
  commentary,
  editable,
}: {
  org: string;
  period: string;
  indicators: readonly Indicator[];
  commentary: readonly { indicator: string; body: string }[];
  editable: boolean;
}) {
  const bodyOf = new Map(commentary.map((entry) => [entry.indicator, entry.body]));
  return (
    <div className="commentary-editor">
      {indicators.map((indicator) => (
        <CommentaryBox
          key={`${indicator.id} ${bodyOf.get(indicator.id) ?? ""}`}
          org={org}
          period={period}
          indicator={indicator}
          saved={bodyOf.get(indicator.id) ?? ""}
          editable={editable}
        />
      ))}
    </div>
  );
}

function CommentaryBox({
  org,
  period,
  indicator,
  saved,
  editable,
}: {
  org: string;
  period: string;
  indicator: Indicator;
  saved: string;
  editable: boolean;
}) {
  const [body, setBody] = useState(saved);
  const save = useSaveCommentary(org, period);
  const id = useId();
  const errorId = `${id}-error`;
  const changed = body !== saved;
  return (
    <div className={save.isError ? "form-field form-field-error" : "form-field"}>
      <label className="field-label" htmlFor={id}>
        Commentary: {indicator.ref}. {indicator.title}
      </label>
      {save.isError && (
        <p className="field-error" id={errorId}>
          <span className="visually-hidden">Error:</span> {save.error.message}
        </p>
      )}
      <textarea
        id={id}
        rows={4}
        value={body}
        readOnly={!editable}
        onChange={(event) => setBody(event.target.value)}
        aria-invalid={save.isError ? true : undefined}
        aria-describedby={save.isError ? errorId : undefined}
      />
      {editable && (
        <div className="form-actions">
          <button
            type="button"
            className="secondary"
            disabled={!changed || save.isPending}
            onClick={() => save.mutate({ indicator: indicator.id, body })}
          >
            {save.isPending ? "Saving…" : "Save commentary"}
            <span className="visually-hidden">
              {" "}
              for {indicator.ref}. {indicator.title}
            </span>
          </button>
          {changed && <span className="muted">Not saved yet</span>}
        </div>
      )}
    </div>
  );
}
