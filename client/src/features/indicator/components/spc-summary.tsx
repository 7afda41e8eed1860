import type { Spc } from "@scorecard/shared/api-schema";
import { formatValue } from "@scorecard/shared/figure-format";
import type { Unit } from "@scorecard/shared/indicator-schema";
import { assuranceLetter, variationLetter } from "@scorecard/shared/rag-symbols";
import { commonCauseColour, LetterIcon, specialCauseColour } from "./chart-marks.tsx";
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
  const readings = [
    {
      key: "variation",
      letter: variationLetter(spc.variation),
      colour: variationColour(spc.variation),
      text: text.variation,
    },
    {
      key: "assurance",
      letter: assuranceLetter(spc.assurance),
      colour: assuranceColour(spc.assurance),
      text: text.assurance,
    },
  ];
  return (
    <div className="spc-summary">
      {readings.map((reading) => (
        <p key={reading.key}>
          <LetterIcon size={28} className="spc-icon" letter={reading.letter} colour={reading.colour} />
          <span>{reading.text}</span>
        </p>
      ))}
      {text.limits && <p className="spc-detail">{text.limits}</p>}
      {text.trial && (
        <p className="spc-detail">
          <strong>{text.trial}</strong>
        </p>
      )}
    </div>
  );
}
