import type { IndicatorUpdatedResponse } from "@scorecard/shared/month-schema";
import { periodLongLabel } from "@scorecard/shared/periods";
import { useEffect, useRef, useState } from "react";
import { useIndicators } from "../../../api/get-indicators.ts";
import { IndicatorLink } from "../../../components/page-links.tsx";
import { ErrorState, LoadingState } from "../../../components/page-state.tsx";
import { useDfeMeasures } from "../api/get-dfe-measures.ts";
import { EarlierRulesTable } from "./earlier-rules-table.tsx";
import { IndicatorSettingsForm } from "./indicator-settings-form.tsx";

/** An indicator's catalogue entry (org admin): its words, unit, rating rule and DfE measure. */
export function IndicatorSettingsPage({
  org,
  organisationName,
  indicatorId,
  canEdit,
}: {
  org: string;
  organisationName: string;
  indicatorId: string;
  canEdit: boolean;
}) {
  const indicators = useIndicators(org);
  const measures = useDfeMeasures();
  const [saved, setSaved] = useState<IndicatorUpdatedResponse | null>(null);
  const [status, setStatus] = useState("");
  const statusRef = useRef<HTMLParagraphElement>(null);
  // After a save the answer is the indicator as held now, before the list is fetched again.
  const indicator = saved ?? indicators.data?.indicators.find((candidate) => candidate.id === indicatorId);

  useEffect(() => {
    if (indicator) document.title = `Settings · ${indicator.title} · ${organisationName} · Scorecard`;
  }, [indicator, organisationName]);

  if (indicators.isError)
    return <ErrorState what="the indicator" error={indicators.error} onRetry={() => indicators.refetch()} />;
  if (indicators.isPending) return <LoadingState>Loading the indicator…</LoadingState>;
  if (!indicator) {
    return (
      <>
        <h1>Indicator not found</h1>
        <p>This organisation's catalogue has no indicator "{indicatorId}".</p>
      </>
    );
  }

  return (
    <>
      <p className="no-print indicator-back">
        <IndicatorLink indicatorId={indicator.id}>Back to {indicator.title}</IndicatorLink>
      </p>
      <h1>
        Settings · {indicator.title} <span className="subtitle">{organisationName}</span>
      </h1>
      <p className="status-message" role="status" ref={statusRef} tabIndex={-1}>
        {status}
      </p>
      {canEdit ? (
        <IndicatorSettingsForm
          // A fresh form from the values just saved, with the month and reason cleared.
          key={saved ? JSON.stringify(saved) : "held"}
          org={org}
          indicator={indicator}
          measures={measures.data ?? []}
          onSaved={(next, ruleChangedFrom) => {
            setSaved(next);
            setStatus(
              ruleChangedFrom
                ? `${next.title}: the settings are saved. The new rating rule applies from ${periodLongLabel(ruleChangedFrom)}; earlier months keep the rule they were rated by.`
                : `${next.title}: the settings are saved.`,
            );
            requestAnimationFrame(() => statusRef.current?.focus());
          }}
        />
      ) : (
        <p>
          Only the organisation's org admins (and the installation admin) change an indicator's settings. Ask
          one of them.
        </p>
      )}
      {measures.isError && (
        <p className="field-hint">
          The DfE measures could not be loaded: the current one is kept unless you choose None.
        </p>
      )}
      {saved && saved.earlierRules.length > 0 && <EarlierRulesTable rules={saved.earlierRules} />}
    </>
  );
}
