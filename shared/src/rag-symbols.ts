import type { Rag } from "./indicator-schema.ts";
import type { SpcAssurance, SpcVariation } from "./xmr-chart.ts";

/**
 * The marks the client draws beside ratings, kept here so every screen and printout uses the same ones
 * (docs/ratings.md explains them to readers).
 *
 * Why shapes as well as colours: colour vision deficiency affects about 1 in 12 men (NHS, "Colour vision
 * deficiency (colour blindness)", nhs.uk), and scorecards are often printed in black and white, so each
 * RAG colour also has its own shape, and each trend its own arrow.
 */

/** Shown where there is no rating: no target or baseline, no value, or an indicator with no good direction. */
export const NOT_RATED_SYMBOL = "–";

/** ● GREEN on or above target, ▲ AMBER near target, ■ RED off target. */
export function ragSymbol(rag: Rag | null): "●" | "▲" | "■" | typeof NOT_RATED_SYMBOL {
  switch (rag) {
    case "GREEN":
      return "●";
    case "AMBER":
      return "▲";
    case "RED":
      return "■";
    case null:
      return NOT_RATED_SYMBOL;
  }
}

/**
 * ↑ much better, ↗ bit better, ↓ not better. The arrow shows performance, not the raw number: for a
 * lower-is-better indicator a falling value that is much better gets ↑. "Not better" covers both "no
 * change" and "worse"; it takes ↓ so that the red band always points down.
 */
export function trendSymbol(rag: Rag | null): "↑" | "↗" | "↓" | typeof NOT_RATED_SYMBOL {
  switch (rag) {
    case "GREEN":
      return "↑";
    case "AMBER":
      return "↗";
    case "RED":
      return "↓";
    case null:
      return NOT_RATED_SYMBOL;
  }
}

/**
 * Letter on the SPC variation icon, after NHS England's "Making Data Count" icons: "I" special cause
 * improvement (blue), "C" special cause concern (orange), "N" special cause on an indicator with no good
 * direction (purple), "~" common cause only (grey).
 */
export function variationLetter(
  variation: SpcVariation | null,
): "I" | "C" | "N" | "~" | typeof NOT_RATED_SYMBOL {
  switch (variation) {
    case "special_cause_improvement":
      return "I";
    case "special_cause_concern":
      return "C";
    case "special_cause_neutral":
      return "N";
    case "common_cause":
      return "~";
    case null:
      return NOT_RATED_SYMBOL;
  }
}

/** Words for the variation icon's tooltip and legend. */
export function variationLabel(variation: SpcVariation): string {
  switch (variation) {
    case "special_cause_improvement":
      return "Special cause: improvement";
    case "special_cause_concern":
      return "Special cause: concern";
    case "special_cause_neutral":
      return "Special cause: neither better nor worse";
    case "common_cause":
      return "Common cause: no significant change";
  }
}

/**
 * Letter on the SPC assurance icon, as on the "Making Data Count" icons: "P" the process will consistently
 * pass the target, "F" it will consistently fail it, "?" it will sometimes pass and sometimes fail.
 */
export function assuranceLetter(assurance: SpcAssurance | null): "P" | "F" | "?" | typeof NOT_RATED_SYMBOL {
  switch (assurance) {
    case "pass":
      return "P";
    case "fail":
      return "F";
    case "inconsistent":
      return "?";
    case null:
      return NOT_RATED_SYMBOL;
  }
}

/** Words for the assurance icon's tooltip and legend. */
export function assuranceLabel(assurance: SpcAssurance): string {
  switch (assurance) {
    case "pass":
      return "Consistently meets the target";
    case "fail":
      return "Consistently misses the target";
    case "inconsistent":
      return "Sometimes meets and sometimes misses the target";
  }
}
