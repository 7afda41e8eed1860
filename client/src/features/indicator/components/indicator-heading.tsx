import type { Indicator } from "@scorecard/shared/api-schema";
import { periodLongLabel } from "@scorecard/shared/periods";
import { AppLink } from "../../../components/app-link.tsx";
import { polarityWords } from "../../../lib/polarity-words.ts";

/** The scorecard for the month the reader came from (if the address says) and the same area. */
export function scorecardHref(period: string | null, areaId: string): string {
  const query = new URLSearchParams();
  if (period) query.set("period", period);
  if (areaId !== "city") query.set("area", areaId);
  const text = query.toString();
  return text ? `/?${text}` : "/";
}

export function IndicatorHeading({
  indicator,
  areaName,
  areaId,
  period,
}: {
  indicator: Indicator;
  areaName: string;
  areaId: string;
  /** The scorecard month carried in the address, if any. */
  period: string | null;
}) {
  return (
    <>
      <p className="no-print indicator-back">
        <AppLink href={scorecardHref(period, areaId)}>
          Back to the scorecard{period ? ` for ${periodLongLabel(period)}` : ""}
        </AppLink>
      </p>
      <h1>
        {indicator.title} <span className="subtitle">{areaName}</span>
      </h1>
      <p className="indicator-definition">{indicator.definition}</p>
      <p className="indicator-polarity">
        <strong>{polarityWords(indicator.polarity, "so it is not rated")}</strong>
      </p>
    </>
  );
}
