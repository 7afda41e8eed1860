import type { Indicator } from "@scorecard/shared/api-schema";
import { periodLongLabel } from "@scorecard/shared/periods";
import type { ReactNode } from "react";
import { ScorecardLink } from "../../../components/page-links.tsx";
import { polarityWords } from "../../../lib/polarity-words.ts";

export function IndicatorHeading({
  indicator,
  areaName,
  areaId,
  period,
  adminLink,
}: {
  indicator: Indicator;
  areaName: string;
  areaId: string;
  /** The scorecard month carried in the address, if any. */
  period: string | null;
  /** For org admins, the way to this indicator's settings (the app layer decides who sees it). */
  adminLink?: ReactNode;
}) {
  return (
    <>
      <p className="no-print indicator-back">
        {/* The scorecard for the month the reader came from (if the address says) and the same area. */}
        <ScorecardLink period={period} area={areaId}>
          Back to the scorecard{period ? ` for ${periodLongLabel(period)}` : ""}
        </ScorecardLink>
      </p>
      <h1>
        {indicator.title} <span className="subtitle">{areaName}</span>
      </h1>
      <p className="indicator-definition">{indicator.definition}</p>
      <p className="indicator-polarity">
        <strong>{polarityWords(indicator.polarity, "so it is not rated")}</strong>
      </p>
      {adminLink && <p className="no-print">{adminLink}</p>}
    </>
  );
}
