import type { Area, Indicator } from "@scorecard/shared/api-schema";
import type { SessionResponse } from "@scorecard/shared/auth-schema";
import { periodLongLabel } from "@scorecard/shared/periods";
import { type Role, roleAtLeast } from "@scorecard/shared/roles";
import type { ReactNode } from "react";
import { DraftBanner } from "../../../components/month-notices.tsx";
import { ErrorState, LoadingState } from "../../../components/page-state.tsx";
import { useMonth } from "../api/get-month.ts";
import { CommentaryEditor } from "./commentary-editor.tsx";
import { FiguresGrid } from "./figures-grid.tsx";
import { FiguresUpload } from "./figures-upload.tsx";
import { MonthHistory } from "./month-history.tsx";
import { MonthStateTag } from "./month-state-tag.tsx";
import { MonthSteps } from "./month-steps.tsx";
import { ReturnWarnings } from "./return-warnings.tsx";
import { TargetForm } from "./target-form.tsx";
import "./months.css";

/**
 * "This month": one month of the organisation as its editors and approvers work on it: its state
 * and steps, the return upload, the grid, commentary, the draft scorecard and its history.
 */
export function MonthPage({
  org,
  period,
  role,
  session,
  indicators,
  areas,
  preview,
}: {
  org: string;
  period: string;
  role: Role | null;
  session: SessionResponse | null | undefined;
  indicators: readonly Indicator[];
  areas: readonly Area[];
  /** The draft scorecard, composed by the app (it is the scorecard feature's table). */
  preview: ReactNode;
}) {
  const month = useMonth(org, period);
  const label = periodLongLabel(period);
  const isEditor = role !== null && roleAtLeast(role, "editor");

  if (month.isPending) return <LoadingState>Loading {label}…</LoadingState>;
  if (month.isError)
    return (
      <>
        <h1>
          {label} <span className="subtitle">This month</span>
        </h1>
        <ErrorState what={label} error={month.error} onRetry={() => month.refetch()} />
      </>
    );

  // One tree whether or not the month is open yet, so the steps and the upload keep their answer
  // ("saved", "opened") when the first upload opens the month and the rest of the page appears.
  const detail = month.data ?? null;
  const editable = isEditor && (detail === null || detail.state === "draft");
  return (
    <>
      <h1>
        {label} <span className="subtitle">This month</span>
      </h1>
      {detail && detail.state !== "published" && (
        <DraftBanner state={detail.state} what={`${label} is a draft`} />
      )}
      <section aria-labelledby="state-heading" className="month-state-section">
        <h2 id="state-heading">State and steps</h2>
        {detail ? (
          <p>
            <MonthStateTag state={detail.state} /> · revision {detail.revision}
            {detail.publishedRevision !== null && detail.publishedRevision !== detail.revision
              ? ` · the public still sees published revision ${detail.publishedRevision}`
              : ""}
            {detail.submittedBy ? ` · submitted by ${detail.submittedBy}` : ""}
          </p>
        ) : (
          <p>
            {label} has not been opened yet. Open it as a draft, or upload its return: the first upload opens
            it.
          </p>
        )}
        <MonthSteps org={org} period={period} month={detail} role={role} session={session} />
      </section>
      <section aria-labelledby="upload-heading">
        <h2 id="upload-heading">Upload the return</h2>
        <FiguresUpload org={org} period={period} canUpload={editable} />
        {detail && !editable && detail.state !== "draft" && (
          <p className="muted">
            Figures change only in a draft: {detail.state === "published" ? "reopen" : "return"} the month
            first.
          </p>
        )}
        {detail && (
          <ReturnWarnings
            warnings={detail.warnings}
            indicatorNames={
              new Map(indicators.map((indicator) => [indicator.id, `${indicator.ref}. ${indicator.title}`]))
            }
            areaNames={new Map(areas.map((area) => [area.id, area.name]))}
            isDraft={detail.state === "draft"}
          />
        )}
      </section>
      {detail && (
        <>
          <section aria-labelledby="grid-heading">
            <h2 id="grid-heading">Figures</h2>
            <FiguresGrid
              key={`${detail.revision} ${detail.state}`}
              org={org}
              period={period}
              figures={detail.figures}
              previousFigures={detail.previousFigures}
              indicators={indicators}
              areas={areas}
              editable={editable}
            />
          </section>
          <section aria-labelledby="commentary-heading">
            <h2 id="commentary-heading">Commentary</h2>
            <CommentaryEditor
              org={org}
              period={period}
              indicators={indicators}
              commentary={detail.commentary}
              editable={editable}
            />
          </section>
          {role !== null && roleAtLeast(role, "approver") && (
            <section aria-labelledby="targets-heading">
              <h2 id="targets-heading">Targets</h2>
              <TargetForm org={org} period={period} indicators={indicators} />
            </section>
          )}
          <section aria-labelledby="preview-heading">
            <h2 id="preview-heading">
              {detail.state === "published"
                ? "Published scorecard"
                : "Draft scorecard, as the board will see it"}
            </h2>
            {preview}
          </section>
          <section aria-labelledby="history-heading">
            <h2 id="history-heading">History</h2>
            <MonthHistory month={detail} />
          </section>
        </>
      )}
    </>
  );
}
