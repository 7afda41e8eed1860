import type { Spc } from "@scorecard/shared/api-schema";
import type { Unit } from "@scorecard/shared/indicator-schema";
import { assuranceLetter, variationLetter } from "@scorecard/shared/rag-symbols";
import { formatValue } from "../../../lib/format.ts";
import { commonCauseColour, specialCauseColour } from "./chart-marks.tsx";
import { spcSummaryText } from "./spc-words.ts";

const variationColour = (variation: Spc["variation"]) => {
  switch (variation) {
    case "special_cause_improvement":
      return specialCauseColour.improvement;
    case "special_cause_concern":
      return specialCauseColour.concern;
    case "special_cause_neutral":
      return specialCauseColour.neutral;
    default:
      return commonCauseColour;
  }
};

const assuranceColour = (assurance: Spc["assurance"]) =>
  assurance === "pass"
    ? specialCauseColour.improvement
    : assurance === "fail"
      ? specialCauseColour.concern
      : commonCauseColour;

/** A Making Data Count style icon: a letter in a circle. Decorative: the words beside it carry the meaning. */
function Icon({ letter, colour }: { letter: string; colour: string }) {
  return (
    <svg className="spc-icon" width="28" height="28" viewBox="0 0 28 28" aria-hidden="true">
      <circle cx="14" cy="14" r="13" fill={colour} />
      <text x="14" y="14" dy="0.35em" textAnchor="middle" fontSize="15" fontWeight="700" fill="#fff">
        {letter}
      </text>
    </svg>
  );
}

/** The SPC reading in words: variation, assurance, the limits, and a warning for trial limits. */
export function SpcSummary({
  spc,
  unit,
  decimals,
  targetDecimals,
}: {
  spc: Spc;
  unit: Unit;
  /** For figures, means and limits. */
  decimals: number;
  /** For the target, printed as the papers print it. */
  targetDecimals: number;
}) {
  const text = spcSummaryText(spc, {
    unit,
    format: (value) => formatValue(value, unit, decimals),
    formatTarget: (value) => formatValue(value, unit, targetDecimals),
  });
  return (
    <div className="spc-summary">
      <p>
        <Icon letter={variationLetter(spc.variation)} colour={variationColour(spc.variation)} />
        <span>{text.variation}</span>
      </p>
      <p>
        <Icon letter={assuranceLetter(spc.assurance)} colour={assuranceColour(spc.assurance)} />
        <span>{text.assurance}</span>
      </p>
      {text.limits && <p className="spc-detail">{text.limits}</p>}
      {text.trial && (
        <p className="spc-detail">
          <strong>{text.trial}</strong>
        </p>
      )}
    </div>
  );
}
